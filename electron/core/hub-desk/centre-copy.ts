import { centreConfigSchema, defaultCentreConfig, type CentreConfig } from '../../../shared/hub';
import type { CoreDeps } from '../core-deps';
import type { HubDeskLink } from './hub-desk-link';

const CENTRE_SETTING = 'hub.centre';

/**
 * The centre's set-up as the hub last told it, kept on disk so that a desk restarted without its
 * hub still numbers its local tickets by the centre's groups. Written only when it changed.
 */
export function createCentreCopy(settings: CoreDeps['settings'], link: Pick<HubDeskLink, 'snapshot'>) {
  let saved: string | undefined;
  return (): CentreConfig => {
    const told = link.snapshot()?.centre;
    if (told) {
      const text = JSON.stringify(told);
      if (text !== (saved ??= settings.get(CENTRE_SETTING))) {
        settings.set(CENTRE_SETTING, text);
        saved = text;
      }
      return told;
    }
    let kept: unknown;
    try {
      kept = JSON.parse(settings.get(CENTRE_SETTING) ?? 'null');
    } catch {
      kept = null;
    }
    const parsed = centreConfigSchema.safeParse(kept);
    return parsed.success ? parsed.data : defaultCentreConfig;
  };
}
export type CentreCopy = ReturnType<typeof createCentreCopy>;
