// First: the database starts opening while the rest of the page's code is evaluated.
import './open-early';
import { render } from 'preact';
import '@/components/theme.css';
import '@/components/guide/guide.css';
import { App } from './App';
import { followAddress, loadGuidePage } from './state';

addEventListener('hashchange', followAddress);
addEventListener('popstate', followAddress);
void loadGuidePage();

const root = document.getElementById('app');
if (root) render(<App />, root);
