import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'

const schemaDir = fileURLToPath(new URL('../graphql/', import.meta.url))

/**
 * The Chinese name of every enum value, read from the schema's descriptions ("中文 / English"), so that the
 * console says 待乡镇核查 exactly where the schema does and a new value needs no line here.
 */
function enumLabels(): Plugin {
  const id = 'virtual:enum-labels'
  return {
    name: 'fangpin-enum-labels',
    resolveId: (source) => (source === id ? '\0' + id : undefined),
    load(resolved) {
      if (resolved !== '\0' + id) return undefined
      const labels: Record<string, Record<string, string>> = {}
      for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.graphqls'))) {
        this.addWatchFile(schemaDir + file)
        const text = readFileSync(schemaDir + file, 'utf8')
        for (const block of text.matchAll(/^enum (\w+) \{([\s\S]*?)^\}/gm)) {
          const values: Record<string, string> = {}
          for (const value of block[2].matchAll(/"(.+?) \/ [^"]*"\s*\n\s*([A-Z0-9_]+)/g)) {
            values[value[2]] = value[1].trim()
          }
          labels[block[1]] = values
        }
      }
      return 'export default ' + JSON.stringify(labels)
    },
  }
}

export default defineConfig({
  base: '/console/',
  plugins: [vue(), enumLabels()],
  build: {
    outDir: 'dist',
    // the API serves these with the Content-Security-Policy of the console: no inline script or style
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:8080', '/ledgers': 'http://localhost:8080', '/attachments': 'http://localhost:8080', '/console/config.json': 'http://localhost:8080' },
  },
})
