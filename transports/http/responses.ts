/** Writing a whole answer of the HTTP fallback: JSON for the API, plain text for refusals of static paths. */
import type { ServerResponse } from 'node:http';

/** A JSON answer (nothing more once the headers went out, e.g. after a stream failed). */
export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  if (response.headersSent) return void response.end();
  const body = JSON.stringify(value);
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Content-Length', Buffer.byteLength(body));
  response.end(body);
}

/** A plain-text answer. */
export function sendText(response: ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end(text);
}
