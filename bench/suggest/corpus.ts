/**
 * The bench corpus: 44 pictures described as data, drawn by draw.js in the browser. Each text picture carries the
 * text a reader would expect from it (what OCR is scored against); photos carry none (OCR must offer nothing).
 */
export type Spec =
  | { id: string; kind: 'post'; theme: 'light' | 'dark'; name: string; handle: string; lines: string[] }
  | { id: string; kind: 'chat'; messages: Array<{ me: boolean; text: string }> }
  | { id: string; kind: 'code'; theme: 'light' | 'dark'; lines: string[] }
  | { id: string; kind: 'article'; title: string; lines: string[] }
  | { id: string; kind: 'meme'; seed: number; top: string; bottom: string; width: number; height: number }
  | { id: string; kind: 'photo'; seed: number; style: 'gradient' | 'noise' | 'shapes'; width: number; height: number };

const POSTS: Array<[string, string, string[]]> = [
  ['Ada Lovelace', '@ada', ['The engine might compose elaborate pieces of', 'music of any degree of complexity.']],
  ['City Transit', '@citytransit', ['Line 4 is running with delays of up to', '15 minutes this morning. Plan ahead.']],
  ['Weather Desk', '@weatherdesk', ['Heavy rain expected tonight after 9 pm.', 'Stay safe and avoid flooded roads.']],
  ['Open Source Daily', '@osdaily', ['Version 2.0 is out: faster builds, smaller', 'bundles and a new plugin system.']],
  [
    'Museum of Art',
    '@museumart',
    ['Free entry every first Sunday of the month.', 'See you at the new photography wing!'],
  ],
  ['Local Library', '@library', ['Our summer reading challenge starts today.', 'Sign up at the front desk to join.']],
];

const CHATS: Array<Array<{ me: boolean; text: string }>> = [
  [
    { me: false, text: 'Are you coming to dinner tonight?' },
    { me: true, text: 'Yes, I will be there at seven' },
    { me: false, text: 'Great, bring dessert please' },
  ],
  [
    { me: true, text: 'Did the package arrive?' },
    { me: false, text: 'Not yet, tracking says tomorrow' },
  ],
  [
    { me: false, text: 'The meeting moved to Thursday' },
    { me: true, text: 'Thanks for letting me know' },
    { me: false, text: 'Same room as last week' },
  ],
  [
    { me: true, text: 'Happy birthday!' },
    { me: false, text: 'Thank you so much' },
  ],
  [
    { me: false, text: 'Can you send me the slides?' },
    { me: true, text: 'Sent them by email just now' },
  ],
];

const CODE: Array<['light' | 'dark', string[]]> = [
  ['dark', ['function add(a, b) {', '  return a + b;', '}', 'console.log(add(2, 3));']],
  ['light', ['def greet(name):', '    return f"Hello, {name}"', '', 'print(greet("world"))']],
  ['dark', ['const items = [1, 2, 3];', 'const doubled = items.map((x) => x * 2);']],
  ['light', ['SELECT name, email', 'FROM users', 'WHERE active = true', 'ORDER BY name;']],
  ['dark', ['for i in range(10):', '    if i % 2 == 0:', '        print(i)']],
];

const ARTICLES: Array<[string, string[]]> = [
  [
    'La ville inaugure un nouveau parc',
    ['Le maire a ouvert samedi un espace vert de', 'trois hectares au bord de la rivière.'],
  ],
  [
    'Grève des transports jeudi',
    ['La circulation sera très perturbée sur les', 'lignes de métro et de bus toute la journée.'],
  ],
  ['Une exposition sur la lumière', ['Le musée présente cinquante œuvres prêtées', 'par des collections européennes.']],
  [
    'Le marché de Noël ouvre ses portes',
    ['Plus de cent chalets accueillent les visiteurs', 'du vendredi au dimanche, de dix à vingt heures.'],
  ],
];

/** Two captions on each of three templates: the pairs must never be taken for one another. */
const MEMES: Array<[number, string, string]> = [
  [11, 'WHEN THE CODE WORKS', 'ON THE FIRST TRY'],
  [11, 'WHEN THE BUILD FAILS', 'FIVE MINUTES BEFORE LUNCH'],
  [23, 'ME ON MONDAY', 'READY FOR THE WEEK'],
  [23, 'ME ON FRIDAY', 'ALREADY ON HOLIDAY'],
  [37, 'NOBODY:', 'MY CAT AT THREE AM'],
  [37, 'MY PLANS FOR TODAY', 'TAKE A LONG NAP'],
];

export const CORPUS: Spec[] = [
  ...POSTS.flatMap(([name, handle, lines], i): Spec[] => [
    { id: `post-light-${i}`, kind: 'post', theme: 'light', name, handle, lines },
    { id: `post-dark-${i}`, kind: 'post', theme: 'dark', name, handle, lines },
  ]),
  ...CHATS.map((messages, i): Spec => ({ id: `chat-${i}`, kind: 'chat', messages })),
  ...CODE.map(([theme, lines], i): Spec => ({ id: `code-${i}`, kind: 'code', theme, lines })),
  ...ARTICLES.map(([title, lines], i): Spec => ({ id: `article-fr-${i}`, kind: 'article', title, lines })),
  ...MEMES.map(
    ([seed, top, bottom], i): Spec => ({ id: `meme-${i}`, kind: 'meme', seed, top, bottom, width: 900, height: 700 }),
  ),
  ...(['gradient', 'noise', 'shapes'] as const).flatMap((style, s) =>
    [0, 1, 2, 3].map(
      (n): Spec => ({
        id: `photo-${style}-${n}`,
        kind: 'photo',
        seed: 1000 + s * 10 + n,
        style,
        width: 1000,
        height: 750,
      }),
    ),
  ),
];

/** The text a reader would expect from a picture, lines joined by spaces; '' for photos. */
export function expectedText(spec: Spec): string {
  switch (spec.kind) {
    case 'post':
      return [`${spec.name} ${spec.handle}`, ...spec.lines].join(' ');
    case 'chat':
      return spec.messages.map((m) => m.text).join(' ');
    case 'code':
      return spec.lines.filter((l) => l.trim() !== '').join(' ');
    case 'article':
      return [spec.title, ...spec.lines].join(' ');
    case 'meme':
      return `${spec.top} ${spec.bottom}`;
    case 'photo':
      return '';
  }
}

export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Character error rate: edit distance over the expected length. */
export function cer(expected: string, actual: string): number {
  const a = [...normalise(expected)];
  const b = [...normalise(actual)];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return (previous[b.length] ?? 0) / Math.max(1, a.length);
}
