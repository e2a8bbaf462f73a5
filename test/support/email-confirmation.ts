import type { MailItem } from '#infra/local/mailbox.js';

/**
 * The confirmation token of an application, as only its receipt email carries it
 * (`/status#id=<id>&token=<status token>&confirm=<confirmation token>`); undefined when no mail has it.
 */
export const confirmationTokenIn = (mails: ReadonlyArray<Pick<MailItem, 'text'>>, applicationId: string): string | undefined =>
  mails.map((mail) => new RegExp(`#id=${applicationId}&token=[^&]+&confirm=([A-Za-z0-9_-]{43})`).exec(mail.text)?.[1]).find(Boolean);

export const mailboxOf = async (stackUrl: string): Promise<MailItem[]> =>
  ((await (await fetch(`${stackUrl}/_local/mailbox`)).json()) as { items: MailItem[] }).items;

/** Follows the link of an application's receipt, as its candidate would: the answer of `POST /applications/{id}/confirm`. */
export const confirmFromReceipt = async (stackUrl: string, applicationId: string, mails?: readonly MailItem[]): Promise<Response> => {
  const token = confirmationTokenIn(mails ?? (await mailboxOf(stackUrl)), applicationId);
  if (!token) throw new Error(`no receipt carries the confirmation link of ${applicationId}`);
  return fetch(`${stackUrl}/applications/${applicationId}/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });
};
