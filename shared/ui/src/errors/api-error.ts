/** Text shown to the user in both languages, as the services send it. */
export interface LocalizedText {
  vi: string;
  en: string;
}

const NETWORK_MESSAGE: LocalizedText = {
  vi: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  en: 'Could not reach the server. Please check the connection and try again.',
};

const UNEXPECTED_MESSAGE: LocalizedText = {
  vi: 'Máy chủ trả lời không như mong đợi. Vui lòng thử lại sau.',
  en: 'The server gave an unexpected answer. Please try again later.',
};

function isLocalizedText(value: unknown): value is LocalizedText {
  const text = value as LocalizedText | null;
  return !!text && typeof text.vi === 'string' && typeof text.en === 'string';
}

/** An error from a REST call to the gateway (`{ error: { code, message: { vi, en } } }`), or the lack of one. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly text: LocalizedText,
  ) {
    super(text.en);
    this.name = 'ApiError';
  }

  static network(): ApiError {
    return new ApiError('NETWORK_ERROR', NETWORK_MESSAGE);
  }

  static unexpectedResponse(): ApiError {
    return new ApiError('UNEXPECTED_RESPONSE', UNEXPECTED_MESSAGE);
  }

  static fromResponseBody(body: unknown, status: number): ApiError {
    const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    if (error && typeof error.code === 'string' && isLocalizedText(error.message)) return new ApiError(error.code, error.message);
    return new ApiError(`HTTP_${status}`, UNEXPECTED_MESSAGE);
  }
}

export const networkErrorText = NETWORK_MESSAGE;
export const unexpectedErrorText = UNEXPECTED_MESSAGE;
