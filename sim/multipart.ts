// Just enough multipart/form-data parsing for the upload endpoint's APPEND (a `media` file part, or base64
// `media_data`), and for clients that put command/media_id/segment_index in form fields instead of the query.

export interface Multipart {
  fields: Record<string, string>;
  files: Record<string, Buffer>;
}

export function parseMultipart(body: Buffer, contentType: string): Multipart {
  const result: Multipart = { fields: {}, files: {} };
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) return result;
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString('latin1') === '--') break; // closing delimiter
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    // Each part sits between "delimiter CRLF" and "CRLF delimiter".
    const part = body.subarray(start + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    if (split !== -1) {
      const head = part.subarray(0, split).toString('utf8');
      const content = part.subarray(split + 4);
      const name = /\bname="([^"]*)"/i.exec(head)?.[1];
      if (name !== undefined) {
        if (/\bfilename=/i.test(head) || name === 'media') result.files[name] = content;
        else result.fields[name] = content.toString('utf8');
      }
    }
    at = next;
  }
  return result;
}

/** Upload parameters from the query string, a form body or multipart fields (clients differ: x-composer.md). */
export function uploadParams(query: URLSearchParams, body: Buffer, contentType: string): Record<string, string> {
  const params: Record<string, string> = {};
  const type = contentType.toLowerCase();
  if (type.startsWith('application/x-www-form-urlencoded')) {
    Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
  } else if (type.startsWith('multipart/form-data')) {
    Object.assign(params, parseMultipart(body, contentType).fields);
  }
  // The query string wins: it is what the web client uses.
  Object.assign(params, Object.fromEntries(query));
  return params;
}
