import type { HallBoard } from '../../shared/hub/hall-board';
import { kkCentre } from '../../shared/i18n/kk/centre';
import { ruCentre } from '../../shared/i18n/ru/centre';
import type { FeedState } from './hub-feed';

type BoardText = keyof typeof kkCentre.centreUi.board;
const FRESH_MS = 12_000;

/** A text of the board in Kazakh and Russian, one above the other (once when both say the same). */
function both(key: BoardText, tag: 'span' | 'p' = 'span'): HTMLElement {
  const box = document.createElement(tag);
  box.className = 'both';
  const kk = kkCentre.centreUi.board[key];
  const ru = ruCentre.centreUi.board[key];
  box.append(line('kk', kk));
  if (ru !== kk) box.append(line('ru', ru));
  return box;
}

function line(language: 'kk' | 'ru', text: string) {
  const span = document.createElement('span');
  span.lang = language;
  span.className = language;
  span.textContent = text;
  return span;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) {
  const made = document.createElement(tag);
  made.className = className;
  made.append(...children);
  return made;
}

/**
 * The hall screen, built once and then updated in place: nothing from the hub is ever parsed as
 * HTML (text only), and no layout jumps as calls come and go.
 */
export function createHallView(root: HTMLElement, onSound: () => void) {
  const title = element('h1', 'centre');
  const status = element('p', 'status');
  status.setAttribute('role', 'status');
  const sound = element('button', 'sound', both('sound'));
  sound.type = 'button';
  sound.hidden = true;
  sound.addEventListener('click', onSound);
  const clock = element('time', 'clock');
  const rows = element('tbody', 'rows');
  const head = element('tr', '', element('th', '', both('ticket')), element('th', '', both('window')));
  head.querySelectorAll('th').forEach((cell) => cell.setAttribute('scope', 'col'));
  const nobody = both('nobody', 'p');
  nobody.classList.add('nobody');
  const groups = element('ul', 'groups');
  root.append(
    element('header', 'hall-head', title, status, sound, clock),
    element('section', 'calls', element('h2', 'visually-hidden', both('queue')), element('table', 'board', element('thead', '', head), rows), nobody),
    element('aside', 'waiting', element('h2', '', both('waiting')), groups),
  );
  const tick = () => (clock.textContent = new Date().toLocaleTimeString('kk-KZ', { hour: '2-digit', minute: '2-digit' }));
  tick();
  setInterval(tick, 10_000);

  let freshUntil = new Map<string, number>();
  return {
    show(board: HallBoard) {
      title.textContent = board.centreName;
      const windowLabel = new Map(board.windows.map((window) => [window.id, window.label]));
      const now = Date.now();
      rows.replaceChildren(
        ...board.calls.map((call, index) => {
          const row = element('tr', index === 0 ? 'call latest' : 'call', element('td', 'number', call.number), element('td', 'window', windowLabel.get(call.windowId) ?? call.windowId));
          if ((freshUntil.get(call.ticketId) ?? 0) > now) row.classList.add('fresh');
          return row;
        }),
      );
      nobody.hidden = board.calls.length > 0;
      groups.replaceChildren(
        ...board.groups.map((group) => {
          const name = element('span', 'name', line('kk', group.name.kk));
          if (group.name.ru !== group.name.kk) name.append(line('ru', group.name.ru));
          return element('li', 'group', element('span', 'prefix', group.prefix), name, element('span', 'count', String(group.waiting)));
        }),
      );
      freshUntil = new Map([...freshUntil].filter(([, until]) => until > now));
    },
    /** The call just made stands out for a few seconds. */
    markFresh(ticketId: string) {
      freshUntil.set(ticketId, Date.now() + FRESH_MS);
    },
    state(state: FeedState | 'noToken') {
      status.replaceChildren(...(state === 'live' || state === 'connecting' ? [] : [both(state === 'noToken' ? 'noToken' : state === 'revoked' ? 'revoked' : 'offline')]));
      root.dataset.state = state;
    },
    soundBlocked(blocked: boolean) {
      sound.hidden = !blocked;
    },
  };
}
