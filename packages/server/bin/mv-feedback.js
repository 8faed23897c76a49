#!/usr/bin/env node
// Kept outside dist/ so npm can link the command before the first build has run.
import '../dist/cli.js';
