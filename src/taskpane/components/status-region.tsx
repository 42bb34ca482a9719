import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  status: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
    ':empty': { display: 'none' },
  },
});

/** The outcome of each check, under the buttons where the user clicked, and announced (a live region). */
export function StatusRegion({ announcement }: { announcement: string }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.status} data-testid="status">
      {announcement}
    </div>
  );
}
