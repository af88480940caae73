// Lint for the TypeScript and the .astro files: ESLint's, typescript-eslint's and eslint-plugin-astro's recommended
// rules, which the code already follows.
// Formatting is Prettier's job (npm run format), types are tsc's and astro check's (npm run typecheck).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tools/**', 'tmp/**', 'report/**', '.astro/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Parses .astro files (frontmatter and template expressions as TypeScript) and adds the astro/ rules.
  ...astro.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.astro'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      // A leading underscore marks a value left out on purpose (`const { key: _key, ...rest } = finding`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Control characters are matched on purpose: characters XML forbids in exports, unsafe link schemes, git
      // revision names, undecodable bytes.
      'no-control-regex': 'off',
    },
  },
  {
    // bin/with-node.cjs runs on any Node, before the project's own Node is provisioned: plain CommonJS.
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
