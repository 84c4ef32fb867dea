import { createApp, h } from 'vue'
import { createRouter, createWebHashHistory } from 'vue-router'
import App from './App.vue'
import { signIn, StartupError } from './auth'
import './style.css'

const router = createRouter({
  // the hash keeps every screen under /console/, the one path the API serves and Keycloak redirects to
  history: createWebHashHistory(),
  routes: [
    { path: '/', component: () => import('./views/DashboardView.vue') },
    { path: '/work', component: () => import('./views/WorkView.vue') },
    { path: '/campaign', component: () => import('./views/CampaignView.vue') },
    { path: '/warnings', component: () => import('./views/WarningsView.vue') },
    { path: '/quality', component: () => import('./views/QualityView.vue') },
    { path: '/ledgers', component: () => import('./views/LedgersView.vue') },
    { path: '/households', component: () => import('./views/HouseholdsView.vue') },
    { path: '/households/:id', component: () => import('./views/HouseholdView.vue'), props: true },
    { path: '/grids', component: () => import('./views/GridsView.vue') },
  ],
})

function failed(message: string) {
  createApp({
    render: () =>
      h('main', { class: 'startup-error', role: 'alert', 'data-test': 'startup-error' }, [
        h('h1', '防贫动态监测 · 县级控制台'),
        h('p', message),
        h('button', { type: 'button', onClick: () => location.reload() }, '重试'),
      ]),
  }).mount('#app')
}

signIn()
  .then((user) => {
    if (user) createApp(App).use(router).mount('#app')
  })
  .catch((error) => failed(error instanceof StartupError ? error.message : `无法启动控制台：${error}`))
