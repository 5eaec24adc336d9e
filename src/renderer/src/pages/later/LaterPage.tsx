import { Text } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';

/** A navigation entry whose page is not built yet: its title and one honest sentence. */
export function LaterPage({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Text>{title} will come in a later version of Token Workbench.</Text>
    </>
  );
}
