import { render } from 'preact';

render(<main>Alt text for X</main>, document.getElementById('app')!);
