export type Spoken = { language: 'kk' | 'ru'; text: string };

/** Two soft notes, the second lower: heard across a hall, not alarming. */
const NOTES = [
  { hz: 880, at: 0, length: 0.45 },
  { hz: 660, at: 0.4, length: 0.7 },
];
const SPEECH_AFTER_MS = 1_200;

/**
 * The call's sound: a chime (Web Audio, made here, no file to fetch) and then the call said in
 * Kazakh and in Russian where the browser has a voice for the language; without one it says
 * nothing in it. A browser may keep audio off until someone touches the page (a kiosk started
 * with --autoplay-policy=no-user-gesture-required does not): `blocked` tells the page to offer a button.
 */
export function createAnnouncer() {
  const AudioContextClass = typeof AudioContext === 'function' ? AudioContext : null;
  const audio = AudioContextClass ? new AudioContextClass() : null;
  const speech = typeof speechSynthesis === 'object' ? speechSynthesis : null;

  function chime() {
    if (audio === null || audio.state !== 'running') return;
    const start = audio.currentTime + 0.05;
    for (const note of NOTES) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = note.hz;
      gain.gain.setValueAtTime(0.0001, start + note.at);
      gain.gain.exponentialRampToValueAtTime(0.5, start + note.at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + note.at + note.length);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start + note.at);
      oscillator.stop(start + note.at + note.length + 0.05);
    }
  }

  function say(lines: Spoken[]) {
    if (speech === null) return;
    const voices = speech.getVoices();
    for (const line of lines) {
      const voice = voices.find((candidate) => candidate.lang.toLowerCase().replace('_', '-').startsWith(line.language));
      if (!voice) continue;
      const utterance = new SpeechSynthesisUtterance(line.text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.9;
      speech.speak(utterance);
    }
  }

  return {
    blocked: () => audio !== null && audio.state !== 'running',
    unlock: () => audio?.resume() ?? Promise.resolve(),
    onUnblocked: (listener: () => void) => audio?.addEventListener('statechange', listener),
    announce(lines: Spoken[]) {
      chime();
      setTimeout(() => say(lines), SPEECH_AFTER_MS);
    },
  };
}

/** «А-015» as a voice should say it: the letter, then the number without its leading zeros. */
export function spokenNumber(number: string): string {
  const [prefix, digits] = number.split('-');
  return digits === undefined ? number : `${prefix} ${Number(digits)}`;
}
