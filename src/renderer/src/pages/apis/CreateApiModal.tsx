import { Modal, Select, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { fieldErrors } from '../../../../shared/contract/validate';
import { CreateApiInputSchema, SIGNING_ALGORITHMS, type SigningAlgorithm } from '../../../../shared/domain/api';
import { ModalForm } from '../../components/ModalForm';
import { useCreateApi } from '../../workbench/queries';
import { SIGNING_ALGORITHM_HELP } from './signingAlgorithms';
import { monospaceInput } from '../../components/monospace';

interface CreateApiValues {
  name: string;
  identifier: string;
  signing_alg: SigningAlgorithm;
}

const FIELDS: readonly string[] = ['name', 'identifier', 'signing_alg'] satisfies (keyof CreateApiValues)[];

export function CreateApiModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="New API" size="lg">
      {/* Mounted only while open, so every opening starts from an empty form. */}
      <CreateApiForm onDone={onClose} />
    </Modal>
  );
}

function CreateApiForm({ onDone }: { onDone: () => void }) {
  const createApi = useCreateApi();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);

  const form = useForm<CreateApiValues>({
    mode: 'controlled',
    initialValues: { name: '', identifier: '', signing_alg: 'RS256' },
    // The same schema the back end applies, so the messages are the same on both sides.
    validate: (values) => {
      const parsed = CreateApiInputSchema.safeParse(values);
      return parsed.success ? {} : fieldErrors(parsed.error);
    },
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    createApi.mutate(values, {
      onSuccess: (api) => {
        notifications.show({ color: 'green', title: 'API created', message: api.name });
        onDone();
        // As in the dashboard: a new API opens on its Quick Start, the next thing a developer needs.
        void navigate(`/apis/${api.id}/quick-start`);
      },
      onError: (error) => {
        if (error.field !== undefined && FIELDS.includes(error.field)) form.setFieldError(error.field, error.message);
        else setFormError(error.message);
      },
    });
  });

  return (
    <ModalForm onSubmit={submit} onCancel={onDone} submitLabel="Create" pending={createApi.isPending} error={formError}>
      <TextInput
        label="Name"
        description="A friendly name for the API. It does not appear in tokens."
        placeholder="My API"
        autoComplete="off"
        data-autofocus
        withAsterisk
        {...form.getInputProps('name')}
      />
      <TextInput
        label="Identifier"
        description="A logical identifier for this API. A URL is recommended (it is never called). It becomes the audience (aud) of its tokens and cannot be changed later."
        placeholder="https://api.example.com"
        autoComplete="off"
        spellCheck={false}
        withAsterisk
        styles={monospaceInput}
        {...form.getInputProps('identifier')}
      />
      <Select<SigningAlgorithm>
        label="Signing Algorithm"
        description={SIGNING_ALGORITHM_HELP[form.values.signing_alg]}
        data={SIGNING_ALGORITHMS.map((alg) => ({ value: alg, label: alg }))}
        allowDeselect={false}
        checkIconPosition="right"
        renderOption={({ option }) => (
          <Text size="sm">
            {option.label}
            {option.value === 'RS256' && (
              <Text span size="xs" c="dimmed">
                {' '}
                (default, recommended)
              </Text>
            )}
          </Text>
        )}
        {...form.getInputProps('signing_alg')}
      />
    </ModalForm>
  );
}
