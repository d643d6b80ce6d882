import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../sim/index';
import { defaultWebSwitches } from '../../sim/web-switches';
import { bearer, postJson, send } from './helpers';

// The web switches (control and page shell), X's own metadata call as the media store records it, the metadata
// history, and the upload host's newer behaviours: GIF search INIT, upload2.json, other categories.

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ quiet: true });
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

const control = (method: string, args: unknown) => postJson(sim, 'localhost', `/__control/${method}`, args, {});
const PAGE = { origin: 'https://x.com' };

function upload(path: string, query: string, headers: Record<string, string> = {}, method = 'POST') {
  return send(sim, { host: 'upload.x.com', path: `${path}?${query}`, method, headers: { ...PAGE, ...headers } });
}

describe('web switches', () => {
  it('start at x.com’s defaults, change in part, and reset() restores them', () => {
    expect(sim.control.web()).toEqual(defaultWebSwitches());
    expect(sim.control.web()).toMatchObject({ reencode: 'auto', dataSaver: false, recreateTiles: true });
    const after = sim.control.setWeb({ dataSaver: true, uploadJitterMs: 300 });
    expect(after).toEqual({ ...defaultWebSwitches(), dataSaver: true, uploadJitterMs: 300 });
    sim.control.reset();
    expect(sim.control.web()).toEqual(defaultWebSwitches());
  });

  it.each([
    [{ dataSaverr: true }, /unknown switch dataSaverr/],
    [{ reencode: 'sometimes' }, /reencode must be auto \| always \| never/],
    [{ longVideo: 'yes' }, /longVideo must be a boolean/],
    [{ uploadJitterMs: -1 }, /uploadJitterMs must be between/],
  ])('refuses %j in plain words and changes nothing', (partial, message) => {
    expect(() => sim.control.setWeb(partial as never)).toThrow(message);
    expect(sim.control.web()).toEqual(defaultWebSwitches());
  });

  it('work over the HTTP control API, and the page shell carries them', async () => {
    const set = await control('setWeb', { platform: 'mac', postButton: 'renamed' });
    expect(set.status).toBe(200);
    expect((await control('web', [])).json()).toMatchObject({ platform: 'mac', postButton: 'renamed' });
    expect((await control('setWeb', { platform: 'amiga' })).status).toBe(400);
    const page = await send(sim, { host: 'x.com', path: '/compose/post' });
    const json = /id="sim-config">([^<]*)</.exec(page.text)?.[1] ?? '';
    expect(JSON.parse(json)).toMatchObject({ platform: 'mac', postButton: 'renamed' });
  });
});

describe('X’s own metadata call (x.com/i/api/1.1/media/metadata/create.json)', () => {
  const path = '/i/api/1.1/media/metadata/create.json';
  const session = (user = 'demo_user') => ({ cookie: `ct0=tok; sim_user=${user}`, 'x-csrf-token': 'tok' });

  it('is recorded as a "web" write after the app’s, and becomes what X ends up with', async () => {
    const { accessToken } = sim.control.issueToken();
    const id = sim.control.uploadAs('demo_user');
    await postJson(
      sim,
      'api.x.com',
      '/2/media/metadata',
      { id, metadata: { alt_text: { text: 'ours' } } },
      bearer(accessToken),
    );
    const body = { media_id: id, alt_text: { text: 'typed in X' }, sensitive_media_warning: ['adult_content'] };
    const res = await postJson(sim, 'x.com', path, body, session());
    expect(res.status).toBe(200);
    expect(sim.control.metadataHistory(id).map((write) => [write.source, write.altText])).toEqual([
      ['v2', 'ours'],
      ['web', 'typed in X'],
    ]);
    expect(sim.control.mediaMetadata(id)).toMatchObject({
      form: 'web',
      metadata: { alt_text: { text: 'typed in X' }, sensitive_media_warning: ['adult_content'] },
    });
    expect(sim.control.log.entries({ kind: 'metadata-web' })).toHaveLength(1);
    const history = await control('metadataHistory', [id]);
    expect((history.json() as { source: string }[]).map((write) => write.source)).toEqual(['v2', 'web']);
  });

  it('checks the CSRF token and that the web user owns the media', async () => {
    const id = sim.control.uploadAs('demo_user');
    const body = { media_id: id, alt_text: { text: 'x' } };
    const noCsrf = await postJson(sim, 'x.com', path, body, { cookie: 'ct0=tok', 'x-csrf-token': 'other' });
    expect(noCsrf.status).toBe(403);
    const foreign = await postJson(sim, 'x.com', path, body, session('other_user'));
    expect(foreign.status).toBe(403);
    expect(foreign.text).toContain(`doesn't own media id ${id}`);
    expect(sim.control.metadataHistory(id)).toEqual([]);
  });

  it('is accepted on web media even with appScopedOwnership (X’s client owns what it uploaded)', async () => {
    sim.control.setWeb({ appScopedOwnership: true });
    const id = sim.control.uploadAs('demo_user');
    expect((await postJson(sim, 'x.com', path, { media_id: id, alt_text: { text: 'x' } }, session())).status).toBe(200);
  });
});

describe('posting kinds', () => {
  it('logs CreateTweet, CreateNoteTweet and CreateScheduledTweet under their own kinds', async () => {
    const variables = { tweet_text: 'hi', media: { media_entities: [] } };
    await postJson(sim, 'x.com', '/i/api/graphql/q1/CreateTweet', { variables }, {});
    await postJson(sim, 'x.com', '/i/api/graphql/q2/CreateNoteTweet', { variables }, {});
    const scheduled = {
      variables: { post_tweet_request: { status: 'later', media_ids: [] } },
      execute_at: Math.floor(Date.now() / 1000) + 60,
    };
    await postJson(sim, 'x.com', '/i/api/graphql/q3/CreateScheduledTweet', scheduled, {});
    await postJson(sim, 'x.com', '/i/api/graphql/q4/constructor', {}, {});
    expect(sim.control.log.entries({ host: 'x.com' }).map((e) => [e.kind, e.status])).toEqual([
      ['create-tweet', 200],
      ['create-note-tweet', 200],
      ['create-scheduled-tweet', 200],
      ['x-web', 404],
    ]);
  });
});

describe('upload.x.com: newer behaviours', () => {
  it('a GIF from X’s GIF search: INIT with source_url and no total_bytes, then STATUS to succeeded', async () => {
    const url = 'https://pbs.twimg.com/tweet_video/SimGifCat.gif';
    const init = await upload(
      '/i/media/upload.json',
      `command=INIT&source_url=${encodeURIComponent(url)}&media_category=tweet_gif&media_type=image%2Fgif`,
    );
    expect(init.status).toBe(200);
    const id = (init.json() as { media_id_string: string }).media_id_string;
    expect(init.json()).toMatchObject({ media_key: `16_${id}` });
    const finalize = await upload('/i/media/upload.json', `command=FINALIZE&media_id=${id}`);
    expect(finalize.status).toBe(400);
    const states: string[] = [];
    for (let poll = 0; poll < 3; poll++) {
      const status = await upload('/i/media/upload.json', `command=STATUS&media_id=${id}`, {}, 'GET');
      states.push((status.json() as { processing_info: { state: string } }).processing_info.state);
    }
    expect(states).toEqual(['in_progress', 'succeeded', 'succeeded']);
    const bad = await upload('/i/media/upload.json', 'command=INIT&source_url=ftp%3A%2F%2Fx&media_category=tweet_gif');
    expect(bad.status).toBe(400);
  });

  it('upload2.json takes long videos (amplify_video) like upload.json', async () => {
    const init = await upload(
      '/i/media/upload2.json',
      'command=INIT&total_bytes=10&media_type=video%2Fmp4&media_category=amplify_video',
    );
    expect(init.status).toBe(200);
    const id = (init.json() as { media_id_string: string }).media_id_string;
    expect(init.json()).toMatchObject({ media_key: `13_${id}` });
    expect(sim.control.log.entries({ path: '/i/media/upload2.json' })[0]?.kind).toBe('upload-init');
  });

  it.each(['dm_image', 'dm_gif', 'dm_video', 'subtitles', 'banner_image'])(
    'accepts media_category=%s',
    async (category) => {
      const init = await upload(
        '/i/media/upload.json',
        `command=INIT&total_bytes=10&media_type=image%2Fjpeg&media_category=${category}`,
      );
      expect(init.status).toBe(200);
    },
  );
});
