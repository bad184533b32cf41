import { Card, EmptyState, Link, PageHeader, useT } from '@motcua/ui';
import { staffMessages } from './staff.messages';
import { staffPaths } from './staff.routes';

export function NotFoundPage() {
  const t = useT(staffMessages);
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <Card>
        <EmptyState title={t('notFound.title')} description={t('notFound.description')} action={<Link href={staffPaths.inbox}>{t('notFound.back')}</Link>} />
      </Card>
    </>
  );
}
