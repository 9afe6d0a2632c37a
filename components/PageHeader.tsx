import type { ComponentChildren } from 'preact';

interface PageHeaderProps {
  title: string;
  children?: ComponentChildren;
}

/** The product mark and a page title; the same on every extension page. */
export function PageHeader({ title, children }: PageHeaderProps) {
  return (
    <header class="cc-header">
      <img src="/icon/32.png" width={24} height={24} alt="" />
      <h1>{title}</h1>
      {children}
    </header>
  );
}
