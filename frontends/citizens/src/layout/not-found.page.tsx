import { EmptyState, Link, PageHeader, useT } from '@motcua/ui';
import { paths } from '../citizens.routes';
import { commonMessages } from '../common/common.messages';

export function NotFoundPage() {
  const t = useT(commonMessages);
  return (
    <div>
      <PageHeader title={t('notFound.title')} />
      <EmptyState title={t('notFound.title')} description={t('notFound.description')} action={<Link href={paths.search()}>{t('notFound.home')}</Link>} />
    </div>
  );
}
