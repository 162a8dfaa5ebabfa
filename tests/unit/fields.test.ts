import { describe, expect, it } from 'vitest';
import { hintForField, isRegistrationPage, type FieldFacts } from '../../lib/hints/fields';

const field = (facts: Partial<FieldFacts>): FieldFacts => ({
  type: 'text', name: '', id: '', autocomplete: '', inputMode: '', placeholder: '', ariaLabel: '', labelText: '', ...facts,
});

describe('field shapes', () => {
  it.each([
    [{ type: 'tel' }, 'phone-format'],
    [{ name: 'mobile' }, 'phone-format'],
    [{ id: 'fm-login-id', labelText: 'Email or phone number' }, 'phone-format'],
    [{ placeholder: '電話番号' }, 'phone-format'],
    [{ ariaLabel: '携帯電話番号' }, 'phone-format'],
    [{ name: 'phone_number' }, 'phone-format'],
    [{ autocomplete: 'tel-national' }, 'phone-format'],
    [{ autocomplete: 'one-time-code' }, 'sms'],
    [{ ariaLabel: 'Verification code', inputMode: 'numeric' }, 'sms'],
    [{ placeholder: 'SMS認証コード' }, 'sms'],
    [{ name: 'checkCode' }, 'sms'],
    [{ placeholder: 'Enter the code sent to your phone' }, 'sms'],
    [{ type: 'password', id: 'fm-login-password' }, 'forgot-password'],
    [{ type: 'text', name: 'q' }, null],
    [{ type: 'search', ariaLabel: 'Search' }, null],
    [{ type: 'hidden', name: 'phone' }, null],
    [{ type: 'checkbox', name: 'remember' }, null],
    [{ type: 'email', name: 'email' }, null],
    [{ name: 'promo', placeholder: 'Coupon' }, null],
  ] as const)('on a login page %j → %s', (facts, hint) => {
    expect(hintForField(field(facts), false)).toBe(hint);
  });

  it.each([
    [{ type: 'email' }, 'email-verify'],
    [{ name: 'email', labelText: 'メールアドレス' }, 'email-verify'],
    [{ type: 'password' }, null],
    [{ type: 'tel' }, 'phone-format'],
  ] as const)('on a registration page %j → %s', (facts, hint) => {
    expect(hintForField(field(facts), true)).toBe(hint);
  });

  it('knows registration pages by their address', () => {
    expect(isRegistrationPage('https://login.aliexpress.com/join/buyer/register.htm')).toBe(true);
    expect(isRegistrationPage('https://login.aliexpress.com/?return_url=x')).toBe(false);
    expect(isRegistrationPage('https://www.aliexpress.com/p/ug-login-page/login.html')).toBe(false);
  });
});
