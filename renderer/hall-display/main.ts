import type { HallBoard } from '../../shared/hub/hall-board';
import { kkCentre } from '../../shared/i18n/kk/centre';
import { ruCentre } from '../../shared/i18n/ru/centre';
import { createAnnouncer, spokenNumber } from './announcer';
import { applyHubEvent } from './board-state';
import { createHallView } from './hall-view';
import { followHub } from './hub-feed';

/**
 * The hall display's page: the credential from the link's fragment, the board from the hub, then
 * its events; each call shown at the top, chimed and said in Kazakh and Russian. While the hub is
 * out of reach the last board stays up with a line saying so, and the page reconnects by itself.
 */
const root = document.getElementById('hall')!;
const announcer = createAnnouncer();
const view = createHallView(root, () => void announcer.unlock());
const credential = new URLSearchParams(location.hash.slice(1)).get('token');
view.soundBlocked(announcer.blocked());
announcer.onUnblocked(() => view.soundBlocked(announcer.blocked()));

const speech = (template: string, number: string, window: string) => template.replace('{{number}}', spokenNumber(number)).replace('{{window}}', window);

if (credential === null || !/^[A-Za-z0-9_-]{1,32}\.[A-Za-z0-9_-]{43}$/.test(credential)) {
  view.state('noToken');
} else {
  view.state('connecting');
  let board: HallBoard | null = null;
  void followHub(credential, {
    onBoard(read) {
      board = read;
      view.show(board);
    },
    onEvent(event, data) {
      if (board === null) return true;
      const change = applyHubEvent(board, event, data);
      board = change.board;
      if (change.announce) {
        const call = change.announce;
        const window = board.windows.find((each) => each.id === call.windowId)?.label ?? call.windowId;
        view.markFresh(call.ticketId);
        announcer.announce([
          { language: 'kk', text: speech(kkCentre.centreUi.board.speech, call.number, window) },
          { language: 'ru', text: speech(ruCentre.centreUi.board.speech, call.number, window) },
        ]);
        // What the page announced last, for whoever checks the screen from outside (the e2e test).
        root.dataset.announced = call.number;
      }
      view.show(board);
      return change.reload;
    },
    onState: (state) => view.state(state),
  });
}
