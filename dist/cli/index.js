#!/usr/bin/env node
import { start } from '../shipgate/index.js';

await start('cli');
