#!/usr/bin/env node
// The `openrcm` command. Sources are TypeScript, loaded through tsx so that a clean
// clone runs without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
