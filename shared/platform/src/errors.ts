import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

/** Every error a caller can see, with a stable code and a message in Vietnamese and English. */
export const ERROR_MESSAGES = {
  UNAUTHENTICATED: { vi: 'Bạn cần đăng nhập để thực hiện thao tác này.', en: 'You need to sign in to do this.' },
  TOKEN_EXPIRED: { vi: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.', en: 'Your session has expired; please sign in again.' },
  TOKEN_INVALID: { vi: 'Mã xác thực không hợp lệ.', en: 'The access token is not valid.' },
  TOKEN_REVOKED: { vi: 'Phiên đăng nhập này đã kết thúc khi đăng xuất, vui lòng đăng nhập lại.', en: 'This session ended when it was signed out; please sign in again.' },
  INVALID_CREDENTIALS: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  OUT_OF_JURISDICTION: {
    vi: 'Hồ sơ/dữ liệu này không thuộc đơn vị của bạn.',
    en: 'This record does not belong to your unit.',
  },
  NOT_FOUND: { vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'The requested record was not found.' },
  VALIDATION_FAILED: { vi: 'Dữ liệu nhập chưa hợp lệ.', en: 'Some input is not valid.' },
  INVALID_TRANSITION: {
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ.',
    en: 'This action is not allowed in the current state.',
  },
  CONFLICT: {
    vi: 'Dữ liệu vừa được người khác thay đổi, vui lòng tải lại.',
    en: 'Someone else changed this record just now; please reload.',
  },
  BAD_REQUEST: { vi: 'Yêu cầu không hợp lệ.', en: 'The request is malformed.' },
  QUERY_TOO_DEEP: { vi: 'Truy vấn lồng quá sâu.', en: 'The query is nested too deeply.' },
  QUERY_TOO_COMPLEX: { vi: 'Truy vấn quá phức tạp.', en: 'The query is too expensive.' },
  FILE_REJECTED: { vi: 'Tệp không được chấp nhận.', en: 'The file was not accepted.' },
  PAYMENT_FAILED: { vi: 'Thanh toán không thành công.', en: 'The payment did not go through.' },
  SIGNING_FAILED: {
    vi: 'Không ký số được: chứng thư số của cơ quan chưa được cấu hình, không đọc được hoặc hết hạn.',
    en: "Cannot sign: the body's certificate is not configured, cannot be read, or has expired.",
  },
  UNAVAILABLE: { vi: 'Hệ thống tạm thời gián đoạn, vui lòng thử lại.', en: 'The service is temporarily unavailable; please retry.' },
  TOO_MANY_REQUESTS: {
    vi: 'Bạn đã gửi quá nhiều yêu cầu, vui lòng thử lại sau ít phút.',
    en: 'Too many requests; please try again in a few minutes.',
  },
  INTERNAL: { vi: 'Đã có lỗi hệ thống, vui lòng thử lại sau.', en: 'Something went wrong on our side; please try again later.' },
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface LocalizedText {
  vi: string;
  en: string;
}

export interface AppErrorOptions {
  /** A more specific message than the code's default, in both languages. */
  message?: LocalizedText;
  /** Machine-readable specifics, e.g. the invalid fields. Never personal data. */
  details?: Record<string, unknown>;
  /** HTTP status for errors raised before execution (auth, limits); Apollo removes it from the body. */
  httpStatus?: number;
}

/** The one error type of the project: thrown by services, shown to callers as code + vi/en message. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    const message = options.message ?? ERROR_MESSAGES[code];
    super(message.vi, {
      extensions: {
        code,
        messageVi: message.vi,
        messageEn: message.en,
        ...(options.details ? { details: options.details } : {}),
        ...(options.httpStatus ? { http: { status: options.httpStatus } } : {}),
      },
    });
    this.code = code;
  }

  /** The JSON body used by the REST endpoints (login, files, payment callbacks). */
  toBody(): { error: { code: ErrorCode; message: LocalizedText; details?: Record<string, unknown> } } {
    const ext = this.extensions as { messageVi: string; messageEn: string; details?: Record<string, unknown> };
    return { error: { code: this.code, message: { vi: ext.messageVi, en: ext.messageEn }, ...(ext.details ? { details: ext.details } : {}) } };
  }
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && code in ERROR_MESSAGES;
}

/** HTTP status for REST answers. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'UNAUTHENTICATED':
    case 'TOKEN_EXPIRED':
    case 'TOKEN_INVALID':
    case 'TOKEN_REVOKED':
    case 'INVALID_CREDENTIALS':
      return 401;
    case 'FORBIDDEN':
    case 'OUT_OF_JURISDICTION':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'TOO_MANY_REQUESTS':
      return 429;
    case 'UNAVAILABLE':
    case 'SIGNING_FAILED':
      return 503;
    case 'INTERNAL':
      return 500;
    default:
      return 400;
  }
}

/** GraphQL-level codes from graphql-js / Apollo that are safe to show, mapped to ours. */
const KNOWN_GRAPHQL_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'BAD_REQUEST',
  GRAPHQL_VALIDATION_FAILED: 'BAD_REQUEST',
  BAD_REQUEST: 'BAD_REQUEST',
  OPERATION_RESOLUTION_FAILURE: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_REQUEST',
};

/**
 * Apollo `formatError`: our errors pass through; graphql validation errors keep their text (it names the field);
 * argument validation becomes VALIDATION_FAILED with the fields; anything else is masked as INTERNAL and logged.
 */
export function createErrorFormatter(log: Logger, options: { production?: boolean } = {}) {
  return (raw: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // With introspection off, "Did you mean …?" would still spell the schema out field by field.
    const formatted = options.production ? { ...raw, message: withoutSuggestions(raw.message) } : raw;
    const ext = formatted.extensions ?? {};
    const code = ext.code;
    if (isErrorCode(code) && code !== 'INTERNAL' && typeof ext.messageVi === 'string') {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: stripStack(ext) };
    }
    const validation = findValidationErrors(error);
    if (validation) {
      const fields = validation.map((v) => ({ field: v.property, constraints: Object.keys(v.constraints ?? {}) }));
      const app = new AppError('VALIDATION_FAILED', { details: { fields } });
      return { message: app.message, path: formatted.path, extensions: app.extensions };
    }
    // graphql-js stops lexing past `maxTokens` (its message says "more that"): a cost refusal, not a typo.
    const tokens = code === 'GRAPHQL_PARSE_FAILED' ? /more tha[nt] (\d+) tokens/.exec(formatted.message) : null;
    if (tokens) {
      const app = new AppError('QUERY_TOO_COMPLEX', { details: { maxTokens: Number(tokens[1]) } });
      return { message: app.message, extensions: app.extensions };
    }
    if (typeof code === 'string' && code in KNOWN_GRAPHQL_CODES) {
      const base = ERROR_MESSAGES[KNOWN_GRAPHQL_CODES[code]];
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: KNOWN_GRAPHQL_CODES[code], messageVi: `${base.vi} ${formatted.message}`, messageEn: `${base.en} ${formatted.message}` },
      };
    }
    if (code === 'BAD_USER_INPUT') {
      const base = ERROR_MESSAGES.VALIDATION_FAILED;
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'VALIDATION_FAILED', messageVi: `${base.vi} ${formatted.message}`, messageEn: `${base.en} ${formatted.message}` },
      };
    }
    log.error({ err: error, path: formatted.path }, 'unexpected error');
    const internal = new AppError('INTERNAL');
    return { message: internal.message, path: formatted.path, extensions: internal.extensions };
  };
}

function stripStack(ext: Record<string, unknown>): Record<string, unknown> {
  const { stacktrace: _stacktrace, ...rest } = ext;
  return rest;
}

interface ValidationLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationLike[];
}

/** class-validator's errors, nested inputs flattened to dotted paths ("applicant.idNumber"). */
function findValidationErrors(error: unknown): ValidationLike[] | null {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const list = (original as { validationErrors?: unknown })?.validationErrors;
  return Array.isArray(list) ? flatten(list as ValidationLike[], '') : null;
}

function flatten(errors: ValidationLike[], prefix: string): ValidationLike[] {
  return errors.flatMap((e) => {
    const property = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints && Object.keys(e.constraints).length ? [{ property, constraints: e.constraints }] : [];
    return [...own, ...flatten(e.children ?? [], property)];
  });
}

/** graphql-js's suggestions ("Did you mean \"procedure\"?") taken out of a message. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}
