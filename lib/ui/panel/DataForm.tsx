import type { Ref } from 'preact';
import { t } from '../../core/i18n';
import type { OutcomeRules, Playbook, Requirement } from '../../core/procedures/schema';
import type { DatumKey, Interlocutor, Typed } from '../../core/procedures/vocabulary';
import { DATUM_INPUTS, typedProblem } from './fields';
import { RadioGroup } from './RadioGroup';
import { TextField } from './TextField';

interface DataFormProps {
  playbook: Playbook;
  rules?: OutcomeRules;
  typed: Typed;
  transcriptCut: number;
  onDatum: (key: DatumKey, value: string) => void;
  onInterlocutor: (value: Interlocutor) => void;
  inputRef: (key: DatumKey) => Ref<HTMLInputElement | HTMLTextAreaElement>;
}

/** The chat protocol box of the chat section (its check is the description's header, not a requirement). */
const CHAT_PROTOCOL = { validator: 'chatProtocol' } as const;

const REASON_LABELS: Record<string, () => string> = {
  notAnswered: () => t('panel.reasonNotAnswered'),
  noCalls: () => t('panel.reasonNoCalls'),
};

/** Requirements the inputs are built from: the outcome's, or before one is chosen, the first contact outcome's. */
function requirementsShown(playbook: Playbook, rules: OutcomeRules | undefined, interlocutor: Interlocutor) {
  const source = rules ?? playbook.outcomes.find((o) => o.id !== 'noContact') ?? playbook.outcomes[0];
  return (source?.required ?? []).filter((r) => !r.interlocutors || r.interlocutors.includes(interlocutor));
}

export function DataForm(props: DataFormProps) {
  const { playbook, rules, typed } = props;
  const interlocutor = typed.interlocutor ?? 'beneficiary';
  const required = requirementsShown(playbook, rules, interlocutor);
  const field = (key: DatumKey, req: Pick<Requirement, 'validator' | 'field' | 'choices'>) => {
    const { placeholder, ...config } = DATUM_INPUTS[req.validator] ?? {};
    return (
      <TextField
        key={key}
        label={t(`datum.${key}`)}
        value={typed.data[key] ?? ''}
        onInput={(v) => props.onDatum(key, v)}
        inputRef={props.inputRef(key)}
        placeholder={placeholder && t(placeholder)}
        problem={typedProblem(req)}
        {...config}
      />
    );
  };
  const choice = (req: Requirement) => (
    <RadioGroup
      key={req.datum}
      name={req.datum}
      legend={t('panel.reasonGroup')}
      value={typed.data[req.datum]}
      options={Object.entries(req.choices ?? {}).map(([value, text]) => ({
        value,
        label: REASON_LABELS[value]?.() ?? text,
      }))}
      onChange={(v) => props.onDatum(req.datum, v)}
    />
  );
  const noContact = rules?.id === 'noContact';
  const title = noContact
    ? t('panel.noContactData')
    : interlocutor === 'providerContract'
      ? t('panel.providerData')
      : t('panel.beneficiaryData');
  const transcript = typed.data.transcript ?? '';
  return (
    <>
      {playbook.asksInterlocutor && (
        <RadioGroup
          name="interlocutor"
          legend={t('panel.interlocutorGroup')}
          value={interlocutor}
          options={[
            { value: 'beneficiary', label: t('panel.interlocutorBeneficiary') },
            { value: 'providerContract', label: t('panel.interlocutorProviderContract') },
            { value: 'providerIntermediation', label: t('panel.interlocutorProviderIntermediation') },
          ]}
          onChange={props.onInterlocutor}
        />
      )}
      <section class="data" aria-label={title}>
        <h2>{title}</h2>
        {required.map((req) => (req.validator === 'choice' ? choice(req) : field(req.datum, req)))}
      </section>
      {(rules?.chatDescription ?? playbook.id === 'chat') && (
        <section class="data" aria-label={t('panel.chatData')}>
          <h2>{t('panel.chatData')}</h2>
          {field('chatProtocol', CHAT_PROTOCOL)}
          <TextField
            label={t('datum.transcript')}
            value={transcript}
            multiline
            help={`${t('panel.transcriptHelp')} ${t('panel.transcriptSize', [transcript.length.toLocaleString('pt-BR')])}`}
            onInput={(v) => props.onDatum('transcript', v)}
            inputRef={props.inputRef('transcript')}
          />
          {props.transcriptCut > 0 && (
            <p class="warning" role="status">
              ⚠ {t('panel.transcriptTooLong', [props.transcriptCut.toLocaleString('pt-BR')])}
            </p>
          )}
        </section>
      )}
    </>
  );
}
