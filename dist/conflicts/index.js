import { start } from '../shipgate/index.js';

await start('conflicts');
