import { describe, expect, it } from 'vitest';
import type { Kind } from '../../../lib/detect/kinds';
import { createFrameReport, frameView, type ReportPort } from '../../../lib/page-ui/frame-report';

/** A background that answers each message when told to, and a log of what the frame did. */
function fakeBackground() {
  const log: string[] = [];
  const waiting: (() => void)[] = [];
  const answer = <T>(value: T, line: string) =>
    new Promise<T>((resolve) => {
      log.push(line);
      waiting.push(() => resolve(value));
    });
  const ports: { closed: boolean; drop(): void }[] = [];
  const report = createFrameReport({
    send: (attempt) => attempt(),
    reportBanners: ({ kinds }) => answer(undefined, `report [${kinds.join()}]`),
    connect: (): ReportPort => {
      let onDisconnect = () => {};
      const port = { closed: false, drop: () => onDisconnect() };
      ports.push(port);
      log.push('port open');
      return {
        disconnect: () => void ((port.closed = true), log.push('port closed')),
        onDisconnect: { addListener: (listener) => void (onDisconnect = listener) },
      };
    },
    isClosed: () => false,
  });
  const flush = async () => {
    while (waiting.length > 0) {
      waiting.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  return { log, report, flush, ports };
}

describe('what a frame shows', () => {
  const banners = new Map<Kind, string>([['locked', 'a'], ['captcha', 'b']]);

  it('panels leave out dismissed kinds; the report keeps them', () => {
    expect(frameView(banners, { enabled: true, dismissedKinds: ['captcha'] })).toEqual({ panels: ['locked'], reported: ['locked', 'captcha'] });
  });

  it('switched off, shows and reports nothing', () => {
    expect(frameView(banners, { enabled: false, dismissedKinds: [] })).toEqual({ panels: [], reported: [] });
  });
});

describe('frame report', () => {
  it('sends one report at a time, and only the latest state', async () => {
    const bg = fakeBackground();
    void bg.report.show({ kinds: ['locked'] });
    void bg.report.show({ kinds: ['locked', 'captcha'] });
    void bg.report.show({ kinds: ['captcha'] });
    await bg.flush();
    expect(bg.log).toEqual(['report [locked]', 'port open', 'report [captcha]']);
  });

  it('does not send what the background already has', async () => {
    const bg = fakeBackground();
    void bg.report.show({ kinds: ['locked'] });
    await bg.flush();
    void bg.report.show({ kinds: ['locked'] });
    await bg.flush();
    expect(bg.log).toEqual(['report [locked]', 'port open']);
  });

  it('keeps a port open while the frame shows something, and opens it again after the worker dropped it', async () => {
    const bg = fakeBackground();
    void bg.report.show({ kinds: ['locked'] });
    await bg.flush();
    bg.ports[0]!.drop();
    void bg.report.show({ kinds: ['locked', 'captcha'] });
    await bg.flush();
    void bg.report.show({ kinds: [] });
    await bg.flush();
    expect(bg.log).toEqual(['report [locked]', 'port open', 'report [locked,captcha]', 'port open', 'report []', 'port closed']);
  });

  it('says at once that a frame going away shows nothing, and only if it showed something', async () => {
    const bg = fakeBackground();
    bg.report.pageHidden();
    expect(bg.log).toEqual([]);
    void bg.report.show({ kinds: ['locked'] });
    await bg.flush();
    bg.report.pageHidden();
    expect(bg.log).toEqual(['report [locked]', 'port open', 'report []']);
  });
});
