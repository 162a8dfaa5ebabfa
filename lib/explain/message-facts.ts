import { waitIn, type Wait } from './figures';

/**
 * What the page's own message says that changes what we say: how long it asks to wait,
 * whether it sends the user to another account, whether it says the code was wrong. Read
 * from the quote alone, so the panel, the popup and the composer read it the same way.
 */
export interface MessageFacts {
  /** "Try again in 30 minutes": the page's own waiting time. */
  wait?: Wait;
  /** "Please use a different account to log in" / 「別のアカウントでログインしてください」. */
  asksForOtherAccount: boolean;
  /** "The verification code is incorrect": the code arrived and was rejected (not: never came). */
  saysCodeRejected: boolean;
}

export const NO_MESSAGE_FACTS: MessageFacts = { asksForOtherAccount: false, saysCodeRejected: false };

const OTHER_ACCOUNT = /(?:different|another|other) account|別のアカウント|他のアカウント|другую учетную|другой аккаунт|다른 계정|其他账号|其他帐号|另一个账号/i;
const CODE_REJECTED =
  /code.{0,30}(?:incorrect|wrong|invalid|not (?:valid|correct|match))|(?:incorrect|wrong|invalid) (?:sms |verification |security |otp )?code|コード.{0,12}(?:間違|正しくありません|無効|一致しません|誤り)|验证码.{0,6}(?:错误|不正确)/i;

export function messageFactsOf(message: string): MessageFacts {
  const text = message.normalize('NFKC').replace(/\s+/g, ' ');
  const wait = waitIn(text);
  return {
    ...(wait ? { wait } : {}),
    asksForOtherAccount: OTHER_ACCOUNT.test(text),
    saysCodeRejected: CODE_REJECTED.test(text),
  };
}
