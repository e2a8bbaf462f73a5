import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', '.data/', 'dist/', 'coverage/', 'functions/pages/generated/', 'shared/i18n/compiled/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@aws-sdk/*', 'aws-cdk-lib', 'aws-cdk-lib/*', '@middy/*'], message: 'shared/ is the rules package: no AWS or Lambda imports.' }] },
      ],
    },
  },
  {
    files: ['functions/**/*.ts'],
    ignores: ['functions/adapters/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@aws-sdk/*'], message: 'Only functions/adapters/ talks to AWS: call an adapter.' }] },
      ],
    },
  },
  {
    files: ['infra/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // zod/mini with its English messages, in every bundle the same (shared/zod.ts).
    files: ['**/*.ts'],
    ignores: ['shared/zod.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "ImportDeclaration[source.value=/^zod($|\\/)/]", message: 'Import zod from #shared/zod.js (zod/mini with English messages), not from the package.' },
      ],
    },
  },
);
