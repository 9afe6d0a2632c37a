import { PageHeader } from '@/components/PageHeader';

export function App() {
  return (
    <>
      <PageHeader title="Cloud Checkup fix guides" />
      <main style={{ padding: '0 16px' }}>
        <p>Step-by-step fixes for full iCloud storage, outages and stalled uploads.</p>
      </main>
    </>
  );
}
