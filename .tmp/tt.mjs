import { launch, typedSearchTransfer } from '/work/wt/search/scripts/bench/browser.mjs';
const b = await launch();
for (const lang of ['en', 'zh']) console.log(lang, await typedSearchTransfer(b, 'http://localhost:4413', process.env.ROOT, lang));
console.log('en etcd', await typedSearchTransfer(b, 'http://localhost:4413', process.env.ROOT, 'en', 'etcd'));
console.log('zh 镜像', await typedSearchTransfer(b, 'http://localhost:4413', process.env.ROOT, 'zh', '镜像'));
await b.close();
