import { describe, expect, it } from 'vitest';
import { connectToHub } from '../../electron/core/hub-link';
import { withCore, type Desk } from '../support/core-fixture';
import { adminPairing, setUpCentre, testHub } from '../support/hub';
import { pdfText } from '../support/pdf-text';
import { tempDirForTest } from '../support/temp-dir';

async function pairedDesk(hub: Awaited<ReturnType<typeof testHub>>, label: string, windowId: string | null): Promise<Desk> {
  const desk = withCore(label);
  await desk.api.call('hub.pair', { url: hub.url, code: hub.newPairingCode('desk').code, windowId });
  return desk;
}

/** The printed slip's text, from the PDF the desk hands back when it has no ticket printer. */
async function slipText(desk: Desk, ticketId: string): Promise<string> {
  const { pdfBase64 } = await desk.api.call('hub.printTicket', { ticketId });
  return (await pdfText(new Uint8Array(Buffer.from(pdfBase64!, 'base64'))))[0]!.items.map((item) => item.text).join(' ');
}

describe("the centre's figures at a desk", () => {
  it('prints the expected wait once the group has a service time, and says so before it has one', async () => {
    const clock = { now: new Date() };
    const minutesLater = (minutes: number) => {
      clock.now = new Date(clock.now.getTime() + minutes * 60_000);
    };
    const hub = await testHub(tempDirForTest('hub-desk-figures'), () => clock.now);
    try {
      const admin = connectToHub(adminPairing(hub));
      await setUpCentre(admin, 2);
      admin.close();
      const reception = await pairedDesk(hub, 'hub-desk-figures-reception', null);
      const window = await pairedDesk(hub, 'hub-desk-figures-window', 'w1');

      const first = await reception.api.call('hub.checkIn', { kind: 'walk_in', groupId: 'pensions' });
      const second = await reception.api.call('hub.checkIn', { kind: 'walk_in', groupId: 'pensions' });
      const early = await slipText(reception, second.id);
      // One ahead, but nobody of the group served yet today: no number, and the slip says why.
      expect(early).toMatch(/Перед вами\s+1(?!\d)/);
      expect(early).not.toContain('Ожидание около');
      expect(early).toContain('Время ожидания пока неизвестно');
      expect(early).toContain('Күту уақыты әзірге белгісіз');

      expect((await window.api.call('hub.callNext', {})).ticket?.id).toBe(first.id);
      minutesLater(12);
      await window.api.call('hub.finish', { ticketId: first.id });
      await reception.api.call('hub.checkIn', { kind: 'walk_in', groupId: 'pensions' });
      const fourth = await reception.api.call('hub.checkIn', { kind: 'walk_in', groupId: 'pensions' });
      // Two ahead × 12 minutes' median service ÷ two windows serving pensions.
      const later = await slipText(reception, fourth.id);
      expect(later).toMatch(/Перед вами\s+2(?!\d)/);
      expect(later).toMatch(/Ожидание около\s+12 мин/);
      expect(later).not.toContain('неизвестно');

      const answer = await window.api.call('hub.figures', {});
      expect(answer).toMatchObject({ paired: true, failure: null });
      expect(answer.figures?.centre).toMatchObject({ issued: 4, finished: 1, waitingNow: 3, service: { count: 1, medianSeconds: 720 }, waiting: { count: 1, medianSeconds: 0 } });
      expect(answer.figures?.windows.find((row) => row.windowId === 'w1')).toMatchObject({ called: 1, finished: 1, label: 'Терезе 1' });
      expect(answer.figures?.groups.find((row) => row.groupId === 'pensions')).toMatchObject({ issued: 4, waitingNow: 3 });

      await hub.close();
      // The hub gone: the page is told plainly, and nothing is made up in its place.
      expect(await window.api.call('hub.figures', {})).toEqual({ paired: true, figures: null, failure: 'hub.unreachable' });
    } finally {
      await hub.close();
    }
  });

  it('has nothing to show before the desk is paired', async () => {
    const unpaired = withCore('hub-desk-figures-unpaired');
    expect(await unpaired.api.call('hub.figures', {})).toEqual({ paired: false, figures: null, failure: null });
  });
});
