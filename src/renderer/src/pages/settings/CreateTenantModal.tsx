import { Checkbox, Modal, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { contract } from '../../../../shared/contract/contract';
import { fieldErrors } from '../../../../shared/contract/validate';
import { ModalForm } from '../../components/ModalForm';
import { useCreateTenant } from '../../workbench/queries';
import { monospaceInput } from '../../components/monospace';

interface CreateTenantValues {
  domain: string;
  name: string;
  use: boolean;
}

/** Empty optional fields mean "not given": the back end then picks a random domain / uses the domain as name. */
function toArgs(values: CreateTenantValues) {
  return {
    domain: values.domain.trim() === '' ? undefined : values.domain,
    name: values.name.trim() === '' ? undefined : values.name,
    use: values.use,
  };
}

export function CreateTenantModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="New tenant">
      <CreateTenantForm onDone={onClose} />
    </Modal>
  );
}

function CreateTenantForm({ onDone }: { onDone: () => void }) {
  const createTenant = useCreateTenant();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CreateTenantValues>({
    mode: 'controlled',
    initialValues: { domain: '', name: '', use: true },
    validate: (values) => {
      const parsed = contract['tenants.create'].args.safeParse(toArgs(values));
      return parsed.success ? {} : fieldErrors(parsed.error);
    },
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    createTenant.mutate(toArgs(values), {
      onSuccess: (tenant) => {
        notifications.show({
          color: 'green',
          title: 'Tenant created',
          message: tenant.current ? `Now working in ${tenant.domain}` : tenant.domain,
        });
        onDone();
      },
      onError: (error) => {
        if (error.field === 'domain' || error.field === 'name') form.setFieldError(error.field, error.message);
        else setFormError(error.message);
      },
    });
  });

  return (
    <ModalForm onSubmit={submit} onCancel={onDone} submitLabel="Create" pending={createTenant.isPending} error={formError}>
      <TextInput
        label="Domain"
        description="Optional. Left empty, a random dev-xxxxxx.local domain is made. Tokens name it as their issuer (https://{domain}/)."
        placeholder="dev-acme.local"
        autoComplete="off"
        spellCheck={false}
        data-autofocus
        styles={monospaceInput}
        {...form.getInputProps('domain')}
      />
      <TextInput
        label="Name"
        description="Optional. Shown in the header and menus; the domain is used when left empty."
        placeholder="Development"
        autoComplete="off"
        {...form.getInputProps('name')}
      />
      <Checkbox label="Switch to it" {...form.getInputProps('use', { type: 'checkbox' })} />
    </ModalForm>
  );
}
