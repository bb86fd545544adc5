/**
 * The search quality table: a query, the language it is typed in, and the code that must come
 * first. Used by the end-to-end search tests (which assert it) and by the benchmark (which times
 * it). Numbers, names in any spelling, older names, REST messages, pasted errors, and words.
 */
export interface SearchQuery {
  lang: 'en' | 'zh';
  query: string;
  top: string;
}

const both = (query: string, top: string): SearchQuery[] => [
  { lang: 'en', query, top },
  { lang: 'zh', query, top },
];

export const SEARCH_QUERIES: SearchQuery[] = [
  // Codes
  ...both('437', '437'),
  ...both('4008', '4008'),
  { lang: 'en', query: '150500', top: '150500' },
  { lang: 'zh', query: '330404', top: '330404' },
  // Status names in any case or spacing
  ...both('HandlerNotFound', '437'),
  { lang: 'en', query: 'handlernotfound', top: '437' },
  { lang: 'en', query: 'Handler Not Found', top: '437' },
  { lang: 'zh', query: 'handler not found', top: '437' },
  { lang: 'en', query: 'PullImageTimeOut', top: '447' },
  { lang: 'en', query: 'InsufficientBalance', top: '410' },
  { lang: 'zh', query: 'InvalidSubnetID', top: '404' },
  { lang: 'en', query: 'The size of response exceeds the upper limit (6MB)', top: '407' },
  { lang: 'zh', query: 'User code exception caught', top: '430' },
  // Older names
  ...both('UserFunctionExecError', '430'),
  { lang: 'en', query: 'UserProcExitError', top: '439' },
  { lang: 'zh', query: 'User preocess exit when running', top: '439' },
  { lang: 'en', query: 'BadRequest', top: '400' },
  // Legacy codes
  { lang: 'en', query: 'BorrowContainerDegrade', top: '440' },
  { lang: 'zh', query: 'ResourceExhausted', top: '532' },
  // REST messages
  ...both('FunctionNameExist', '4101'),
  { lang: 'en', query: 'session config invalid', top: '4037' },
  { lang: 'zh', query: 'subcribe stream failed', top: '330404' },
  { lang: 'en', query: 'function metadata not found', top: '150424' },
  { lang: 'en', query: 'TotalRoutingWeightNotOneHundred', top: '4103' },
  { lang: 'zh', query: 'KVNotFound', top: '122001' },
  { lang: 'en', query: 'zipfileunzipsizeerror', top: '4129' },
  // Pasted errors
  ...both('{"errorCode":433,"errorMessage":"Invoking task timed out after 3 seconds"}', '433'),
  ...both('Function [ demo ] concurrency exceeded reserved quota 128 MB', '432'),
  { lang: 'en', query: 'Function [ demo ] concurrency exceeded region unreserved quota 512 MB', top: '432' },
  ...both('ErrCode: 4008, ErrMsg: invoke error', '4008'),
  { lang: 'en', query: '2026-11-01 12:00:03 ERROR HandlerNotFound: index.main_handler', top: '437' },
  { lang: 'zh', query: 'code=122002 message=EtcdError: context deadline exceeded', top: '122002' },
  // English words
  { lang: 'en', query: 'port 9000', top: '446' },
  { lang: 'en', query: 'shared memory', top: '4202' },
  { lang: 'en', query: 'disk space', top: '4204' },
  { lang: 'en', query: 'routing weight', top: '4103' },
  // Chinese words
  { lang: 'zh', query: '端口 9000', top: '446' },
  { lang: 'zh', query: '共享内存', top: '4202' },
  { lang: 'zh', query: '磁盘空间', top: '4204' },
  { lang: 'zh', query: '路由权重', top: '4103' },
];
