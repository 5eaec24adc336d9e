import { Modal, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { contract } from '../../../../shared/contract/contract';
import { fieldErrors } from '../../../../shared/contract/validate';
import type { Tenant } from '../../../../shared/domain/tenant';
import { ModalForm } from '../../components/ModalForm';
import { useRenameTenant } from '../../workbench/queries';

interface Props {
  tenant: Tenant | null;
  opened: boolean;
  onClose: () => void;
}

export function RenameTenantModal({ tenant, opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Rename tenant">
      {tenant !== null && <RenameTenantForm key={tenant.id} tenant={tenant} onDone={onClose} />}
    </Modal>
  );
}

function RenameTenantForm({ tenant, onDone }: { tenant: Tenant; onDone: () => void }) {
  const rename = useRenameTenant();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: tenant.name },
    validate: (values) => {
      const parsed = contract['tenants.rename'].args.safeParse({ tenant: tenant.id, name: values.name });
      return parsed.success ? {} : fieldErrors(parsed.error);
    },
  });

  const submit = form.onSubmit(({ name }) => {
    setFormError(null);
    rename.mutate(
      { tenant: tenant.id, name },
      {
        onSuccess: (renamed) => {
          notifications.show({ color: 'green', title: 'Tenant renamed', message: `${renamed.domain} is now called ${renamed.name}` });
          onDone();
        },
        onError: (error) => {
          if (error.field === 'name') form.setFieldError('name', error.message);
          else setFormError(error.message);
        },
      },
    );
  });

  return (
    <ModalForm onSubmit={submit} onCancel={onDone} submitLabel="Save" pending={rename.isPending} error={formError}>
      <TextInput
        label="Name"
        description={`The domain, ${tenant.domain}, stays the same.`}
        autoComplete="off"
        data-autofocus
        {...form.getInputProps('name')}
      />
    </ModalForm>
  );
}
