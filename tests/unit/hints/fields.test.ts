import { describe, expect, it } from 'vitest';
import { hintForField, isRegistrationPage, type FieldFacts } from '../../../lib/hints/fields';

const field = (facts: Partial<FieldFacts>): FieldFacts => ({
  type: 'text', name: '', id: '', autocomplete: '', placeholder: '', ariaLabel: '', labelText: '', ...facts,
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

  // What a field is (type, autocomplete, the words the user reads) before what it is called.
  it.each([
    // The passport's SMS login: its phone input is named after SMS.
    [{ type: 'tel', id: 'fm-sms-login-id', name: 'fm-sms-login-id', labelText: 'Phone number' }, 'phone-format'],
    [{ type: 'tel', id: 'fm-sms-login-id', name: 'fm-sms-login-id' }, 'phone-format'],
    [{ type: 'text', id: 'fm-sms-login-id', placeholder: '请输入手机号' }, 'phone-format'],
    [{ type: 'text', id: 'fm-sms-login-id', placeholder: '電話番号' }, 'phone-format'],
    [{ type: 'text', id: 'sms-code-login', autocomplete: 'tel-national' }, 'phone-format'],
    [{ type: 'text', name: 'smsCode', ariaLabel: 'Mobile number' }, 'phone-format'],
    // With nothing but its name, an SMS login's login id is still the phone number.
    [{ type: 'text', id: 'fm-sms-login-id' }, 'phone-format'],
    // The code input: its id, its placeholder, its autocomplete, even when type=tel for the keypad.
    [{ type: 'text', id: 'fm-smscode', name: 'fm-smscode' }, 'sms'],
    [{ type: 'text', id: 'fm-smscode', placeholder: '请输入验证码' }, 'sms'],
    [{ type: 'tel', id: 'fm-smscode', placeholder: '認証コード' }, 'sms'],
    [{ type: 'tel', name: 'mobile', autocomplete: 'one-time-code' }, 'sms'],
    [{ type: 'tel', labelText: 'SMS verification code' }, 'sms'],
    [{ type: 'text', id: 'phone-otp', placeholder: 'Enter the 6-digit code' }, 'sms'],
    // An id full of phone words does not beat a label asking for the code.
    [{ type: 'text', id: 'mobilePhone', placeholder: 'Verification code' }, 'sms'],
  ] as const)('by what it is: %j → %s', (facts, hint) => {
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
