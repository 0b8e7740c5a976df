/**
 * The two kinds of state body the article names as receivers: the regional branch of the State
 * Corporation "Government for Citizens", and the territorial division for coordination of
 * employment and social programmes.
 */
export const receiverTypes = ['gfc', 'esp'] as const;
export type ReceiverType = (typeof receiverTypes)[number];

