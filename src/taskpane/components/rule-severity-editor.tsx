import { makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import type { RuleSetting } from '../../core/profile/profile-schema';
import { RuleSettingSchema } from '../../core/profile/profile-schema';
import { usePaneText } from '../pane-text-context';
import { ruleFamilies, type RuleFamily } from '../rule-families';
import { fill, SEVERITY_LABEL, type StringKey } from '../strings';

const FAMILY_LABEL: Readonly<Record<RuleFamily, StringKey>> = {
  required: 'familyRequired',
  plan: 'familyPlan',
  budget: 'familyBudget',
  schedule: 'familySchedule',
  indicator: 'familyIndicator',
  self: 'familySelf',
  monitor: 'familyMonitor',
  dept: 'familyDept',
  band: 'familyBand',
  basis: 'familyBasis',
  cost: 'familyCost',
  period: 'familyPeriod',
  target: 'familyTarget',
};

const SETTINGS: readonly RuleSetting[] = RuleSettingSchema.options;

const useStyles = makeStyles({
  heading: { margin: 0 },
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  family: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  rule: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  title: { fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  id: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  select: { width: '8.5em', flexShrink: 0 },
});

interface RuleSeverityEditorProps {
  settings: Readonly<Record<string, RuleSetting>>;
  onChange(id: string, setting: RuleSetting): void;
}

/** A severity (or 关闭) for every rule, by family, each rule named by its title. */
export function RuleSeverityEditor({ settings, onChange }: RuleSeverityEditorProps) {
  const styles = useStyles();
  const text = usePaneText();
  const label = (setting: RuleSetting): string => (setting === 'off' ? text.settingOff : text[SEVERITY_LABEL[setting]]);

  return (
    <div className={styles.editor}>
      <Text weight="semibold">{text.ruleSeverities}</Text>
      {ruleFamilies().map(({ family, rules }) => (
        <section key={family} className={styles.family} aria-label={text[FAMILY_LABEL[family]]}>
          <Text size={300} weight="semibold" as="h3" className={styles.heading}>
            {text[FAMILY_LABEL[family]]}
          </Text>
          {rules.map((rule) => (
            <div key={rule.id} className={styles.row}>
              <span className={styles.rule}>
                <span className={styles.title}>{rule.title}</span>
                <span className={styles.id}>{rule.id}</span>
              </span>
              <Select
                className={styles.select}
                size="small"
                value={settings[rule.id] ?? rule.severity}
                aria-label={fill(text.ruleSeverityLabel, { title: rule.title, id: rule.id })}
                data-rule={rule.id}
                onChange={(_, data) => onChange(rule.id, RuleSettingSchema.parse(data.value))}
              >
                {SETTINGS.map((setting) => (
                  <option key={setting} value={setting}>
                    {setting === rule.severity ? fill(text.settingDefault, { label: label(setting) }) : label(setting)}
                  </option>
                ))}
              </Select>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
