import { EmptyState, Link, useT } from '@motcua/ui';
import { officialsMessages } from '../officials.messages';
import { officialsPaths } from '../officials.routes';

export function NotFoundPage() {
  const t = useT(officialsMessages);
  return <EmptyState title={t('notFound.title')} description={t('notFound.description')} action={<Link href={officialsPaths.dashboard()}>{t('notFound.back')}</Link>} />;
}
