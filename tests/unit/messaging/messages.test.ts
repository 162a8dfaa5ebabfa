import { describe, expect, it } from 'vitest';
import { InvalidMessageError, validateMessage } from '../../../lib/messaging/messages';

describe('messages', () => {
  it.each([
    ['reportBanners', { kinds: ['locked', 'captcha'] }],
    ['reportBanners', { kinds: [] }],
    ['reportBanners', { kinds: ['captcha'], pages: { captcha: { captchaVariant: 'block', hasPhoneField: false, hasCodeField: false, hasAppealButton: false } } }],
    ['finishTicks', { ticks: [{ id: 'step.allow-sms', checked: true }, { id: 'cause.new-device', checked: false }] }],
    ['finishTicks', { ticks: [] }],
  ] as const)('accepts a well-formed %s', (type, data) => {
    expect(() => validateMessage(type, data)).not.toThrow();
  });

  it.each([
    ['reportBanners', { kinds: ['hacked'] }],
    ['reportBanners', { kinds: 'locked' }],
    ['reportBanners', { kinds: ['locked'], text: 'Your account has been locked' }],
    ['reportBanners', undefined],
    ['reportBanners', { kinds: ['locked'], pages: { locked: { hasPhoneField: false, hasCodeField: false, hasAppealButton: false, text: 'locked' } } }],
    ['reportBanners', { kinds: ['locked'], pages: { hacked: { hasPhoneField: false, hasCodeField: false, hasAppealButton: false } } }],
    ['finishTicks', { ticks: [{ id: 'faq.stay-calm', checked: true }] }],
    ['finishTicks', { ticks: [{ id: 'step.allow-sms', checked: 'yes' }] }],
    ['finishTicks', { ticks: [{ id: 'step.allow-sms', checked: true, note: 'x' }] }],
    ['finishTicks', { ticks: Array.from({ length: 100 }, () => ({ id: 'step.allow-sms', checked: true })) }],
  ] as const)('rejects a malformed %s: %j', (type, data) => {
    expect(() => validateMessage(type, data)).toThrow(InvalidMessageError);
  });
});
