import { describe, expect, it } from 'vitest';
import { composeSupportMessage, SUPPORT_SITUATIONS } from '../../lib/support-message';

describe('support message', () => {
  it.each(SUPPORT_SITUATIONS)('%s: polite English with its Japanese meaning, no details', (situation) => {
    const message = composeSupportMessage(situation);
    expect(message.en).toMatch(/^Hello,\n\n/);
    expect(message.en).toMatch(/\n\nThank you for your help\.$/);
    expect(message.en).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(message.en).not.toMatch(/e-mail address:|order number:|since:/);
    expect(message.ja).toMatch(/^こんにちは。/);
    expect(message.ja).toMatch(/よろしくお願いいたします。$/);
    expect(message.ja).toMatch(/[\u3040-\u30ff]/);
  });

  it.each(SUPPORT_SITUATIONS)('%s: with every detail', (situation) => {
    const message = composeSupportMessage(situation, {
      email: 'hanako@example.jp',
      orderNumber: '8190123456789012',
      since: '2026-11-20',
    });
    expect(message.en).toContain('Registered e-mail address: hanako@example.jp\nA recent order number: 8190123456789012\nThis has been happening since: 2026-11-20');
    expect(message.ja).toContain('登録メールアドレス: hanako@example.jp\n最近の注文番号: 8190123456789012\nこの状態が始まった時期: 2026-11-20');
  });

  it('says what each situation is about', () => {
    expect(composeSupportMessage('locked').en).toContain('has been locked');
    expect(composeSupportMessage('no-phone-screen').en).toContain('phone number never appears');
    expect(composeSupportMessage('deleted-by-mistake').en).toContain('deleted my AliExpress account by mistake');
    expect(composeSupportMessage('appeal').en).toContain('appeal the lock');
    expect(composeSupportMessage('cannot-log-in').en).toContain('cannot log in');
  });

  it('keeps typed details to one tidy line each and leaves out blank ones', () => {
    const message = composeSupportMessage('locked', { email: '  ｈａｎａｋｏ@example.jp \n', orderNumber: '   ', since: 'last\nweek' });
    expect(message.en).toContain('Registered e-mail address: hanako@example.jp\nThis has been happening since: last week');
    expect(message.en).not.toContain('order number');
  });
});
