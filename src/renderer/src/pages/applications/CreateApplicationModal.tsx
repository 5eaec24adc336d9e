import { Group, Modal, Radio, SimpleGrid, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { fieldErrors } from '../../../../shared/contract/validate';
import { APP_TYPE_LABELS, APP_TYPES, CreateApplicationInputSchema, type AppType } from '../../../../shared/domain/application';
import { ModalForm } from '../../components/ModalForm';
import { useCreateApplication } from '../../workbench/queries';

const APP_TYPE_HELP: Record<AppType, string> = {
  non_interactive: 'CLIs, daemons or services on your backend. Gets tokens with the client credentials grant.',
  regular_web: 'Traditional web apps that run on a server. Can also use client credentials.',
  spa: 'JavaScript front-end apps that run in a browser.',
  native: 'Mobile or desktop apps that run natively on a device.',
};

export function CreateApplicationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Create Application" size="lg">
      {/* Mounted only while open, so every opening starts from an empty form. */}
      <CreateApplicationForm onDone={onClose} />
    </Modal>
  );
}

function CreateApplicationForm({ onDone }: { onDone: () => void }) {
  const createApplication = useCreateApplication();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  // This workbench is about APIs: most applications made here get tokens with client credentials.
  const [appType, setAppType] = useState<AppType>('non_interactive');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const parsed = CreateApplicationInputSchema.safeParse({ name, app_type: appType });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    createApplication.mutate(parsed.data, {
      onSuccess: (app) => {
        notifications.show({ color: 'green', title: 'Application created', message: app.name });
        onDone();
        void navigate(`/applications/${app.client_id}`);
      },
      onError: (error) => {
        if (error.field === 'name' || error.field === 'app_type') setErrors({ [error.field]: error.message });
        else setFormError(error.message);
      },
    });
  };

  return (
    <ModalForm onSubmit={submit} onCancel={onDone} submitLabel="Create" pending={createApplication.isPending} error={formError}>
      <TextInput
        label="Name"
        description="You can change it later in the application's settings."
        placeholder="My App"
        value={name}
        onChange={(e) => {
          setName(e.currentTarget.value);
          setErrors(({ name: _n, ...rest }) => rest);
        }}
        error={errors.name}
        autoComplete="off"
        data-autofocus
        withAsterisk
      />
      <Radio.Group
        label="Application Type"
        value={appType}
        onChange={(v) => setAppType(v as AppType)}
        error={errors.app_type}
        withAsterisk
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
          {APP_TYPES.map((type) => (
            <Radio.Card key={type} value={type} radius="md" p="sm" aria-label={APP_TYPE_LABELS[type]}>
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator />
                <div>
                  <div style={{ fontWeight: 500 }}>{APP_TYPE_LABELS[type]}</div>
                  <div style={{ fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)' }}>{APP_TYPE_HELP[type]}</div>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
    </ModalForm>
  );
}
