import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  // Read by screen readers, not shown: the summary shows the same counts.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** The live region that announces each finished check. */
export function StatusRegion({ announcement }: { announcement: string }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.hidden} data-testid="status">
      {announcement}
    </div>
  );
}
