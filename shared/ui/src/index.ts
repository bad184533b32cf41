// The UI kit's public surface: every app imports from '@motcua/ui' only.
export { declarationTemplateUrl, gatewayUrl, type MotcuaConfig } from './config';
export { DOSSIER_STATUSES, ROLES, isDossierStatus, isRole, type DossierStatus, type OnlineLevel, type Role, type SettlingLevel, type TrainingAudience } from './domain';

export { defineMessages, getLang, LANGS, setLang, subscribeLang, translate, useLang, useSharedT, useT } from './i18n/i18n';
export type { Dictionary, Lang, Messages, Translate } from './i18n/i18n';

export { hasAnyRole, login, logout, PERSONAL_STORAGE_PREFIX, useSession, type Session, type SessionIdentity, type SessionUser } from './session/session';
export { completeSignIn, SIGN_IN_CALLBACK_PATH, startSignIn } from './session/oidc-sign-in';
export { createGraphqlClient, GraphqlProvider } from './graphql/graphql-client';
export { ApiError, type LocalizedText } from './errors/api-error';
export { toDisplayErrors, type DisplayError } from './errors/display-error';
export { formatDate, formatDateTime, formatNumber, TIME_ZONE } from './format/date-time';
export { microfrontendLifecycles, type MicrofrontendOptions } from './microfrontend/microfrontend';

export { Alert, type AlertTone } from './components/alert';
export { Badge, type BadgeTone } from './components/badge';
export { Button, type ButtonProps } from './components/button';
export { Card, type CardProps } from './components/card';
export { DossierStatusBadge } from './components/dossier-status-badge';
export { EmptyState } from './components/empty-state';
export { ErrorAlert } from './components/error-alert';
export { ProtectedFileButton, type ProtectedFileButtonProps } from './components/protected-file-button';
export { LanguageSwitch } from './components/language-switch';
export { LoginForm, type LoginFormProps } from './components/login-form';
export { PageHeader, useDocumentTitle } from './components/page-header';
export { Pagination, type PaginationProps } from './components/pagination';
export { SignInGate, type SignInGateProps } from './components/sign-in-gate';
export { SignedInUser } from './components/signed-in-user';
export { ProgressBar, Spinner } from './components/spinner';
export { Table, type TableColumn, type TableProps } from './components/table';
export { CountField, TextField, type TextFieldProps } from './components/text-field';

// Added for the citizens' portal (routing, files, money, forms); usable by every app.
export { useAppLocation, navigate, type AppLocation, type NavigateOptions } from './routing/location';
export { Link, type LinkProps } from './routing/link';
export { uploadFile, saveBlob, MAX_UPLOAD_BYTES, ACCEPTED_UPLOAD_TYPES, type UploadedFile, type UploadOptions } from './files/file-transfer';
export { validationProblems, detailList, type ValidationProblem } from './errors/validation-error';
export { formatVnd } from './format/money';
export { Options, SelectField, type SelectFieldProps } from './components/select-field';
export { TextAreaField, type TextAreaFieldProps } from './components/text-area-field';
export { CheckboxField, type CheckboxFieldProps } from './components/checkbox-field';
export { ChoiceGroup, type Choice, type ChoiceGroupProps } from './components/choice-group';

// Added for the staff workspace (dialogs, tabs, dossier codes and labels, protected files); usable by every app.
export { Dialog, type DialogProps } from './components/dialog';
export { Tabs, type TabItem, type TabsProps } from './components/tabs';
export { DetailList, type DetailItem } from './components/detail-list';
export { dossierCodeAtEnd, dossierCodeFromEntry, dossierCodeFromScan, dossierCodeTail, isDossierCode } from './dossier/dossier-code';
export { applicantProblems, cleanApplicant, normalisePhone, type ApplicantFields, type ApplicantProblem } from '@motcua/rules';
export { dossierLabels } from './dossier/dossier-labels';
export type { Channel, DeliveryMethod, DeliveryStatus, DocumentRole, DossierAction, DossierLabelKey, FeeStatus, NotificationChannel, Timeliness } from './dossier/dossier-labels';
export { fetchProtected, openProtected } from './files/protected-document';
export { formatFileSize } from './format/file-size';
export { vietnamLocalToIso } from './format/vietnam-time';
// Days in Vietnam, computed as the services compute them.
export { addDays, addMonths, vietnamDay } from '@motcua/rules';
