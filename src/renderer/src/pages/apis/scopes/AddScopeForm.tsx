import { Button, Grid, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { ScopeDescriptionSchema, ScopeValueSchema } from '../../../../../shared/domain/api';
import { FormError } from '../../../components/FormError';
import { useAddScope, type ScopeWithUsage } from '../../../workbench/queries';
import { monospaceInput } from '../../../components/monospace';

interface Errors {
  value?: string;
  description?: string;
}

/** Same rules and words as the host, so a refusal reads the same wherever it comes from. */
function validate(
  value: string,
  description: string,
  existing: readonly ScopeWithUsage[] | undefined,
): Errors {
  const errors: Errors = {};
  const v = ScopeValueSchema.safeParse(value);
  if (!v.success) errors.value = v.error.issues[0]?.message;
  else if (existing?.some((s) => s.value === value))
    errors.value = `The permission "${value}" already exists in this API.`;
  const d = ScopeDescriptionSchema.safeParse(description);
  if (!d.success) errors.description = d.error.issues[0]?.message;
  return errors;
}

/** Adds one permission; the form empties and keeps focus, so a list of them can be typed in a row. */
export function AddScopeForm({
  apiId,
  existing,
}: {
  apiId: string;
  existing: readonly ScopeWithUsage[] | undefined;
}) {
  const addScope = useAddScope(apiId);
  const [value, setValue] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const valueInput = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validate(value, description, existing);
    setErrors(found);
    if (found.value !== undefined || found.description !== undefined) {
      valueInput.current?.focus();
      return;
    }
    addScope.mutate(
      { value, description },
      {
        onSuccess: (added) => {
          // Only what was sent is cleared: anything typed meanwhile is kept.
          setValue((current) => (current === value ? '' : current));
          setDescription((current) => (current === description ? '' : current));
          valueInput.current?.focus();
          notifications.show({ color: 'green', message: `Permission ${added.value} added` });
        },
        onError: (error) => {
          if (error.field === 'value' || error.field === 'description')
            setErrors({ [error.field]: error.message });
          else setFormError(error.message);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add a permission">
      <Grid gap="sm" align="flex-start">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            ref={valueInput}
            label="Permission"
            placeholder="read:appointments"
            value={value}
            onChange={(e) => {
              setValue(e.currentTarget.value);
              setErrors(({ value: _v, ...rest }) => rest);
            }}
            error={errors.value}
            autoComplete="off"
            spellCheck={false}
            styles={monospaceInput}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label="Description"
            placeholder="Read your appointments"
            value={description}
            onChange={(e) => {
              setDescription(e.currentTarget.value);
              setErrors(({ description: _d, ...rest }) => rest);
            }}
            error={errors.description}
            autoComplete="off"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 2 }}>
          {/* Lines the button up with the inputs, below their labels. */}
          <Button
            type="submit"
            fullWidth
            mt={{ base: 0, sm: 25 }}
            leftSection={<IconPlus size={16} aria-hidden />}
            loading={addScope.isPending}
          >
            Add
          </Button>
        </Grid.Col>
      </Grid>
      <FormError message={formError} />
    </form>
  );
}
