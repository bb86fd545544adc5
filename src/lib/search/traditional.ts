/**
 * Traditional Chinese read as Simplified. Developers in Taiwan and Hong Kong write, and tools such as
 * console clones print, SCF's messages in Traditional characters and Taiwan's terms (`函數在部署中，無法更新
 * 程式碼`); the site's pages, phrases and the API's messages are Simplified, so a query is converted before
 * it is matched. The table holds the characters of cloud and error vocabulary, not a whole converter: a
 * character it lacks is left as it is.
 */

/** Taiwan's terms whose Simplified form is another word, converted before the characters. */
const TERMS: ReadonlyArray<readonly [string, string]> = [
  ['程式碼', '代码'],
  ['執行緒', '线程'],
  ['記憶體', '内存'],
  ['許可權', '权限'],
  ['資料庫', '数据库'],
  ['伺服器', '服务器'],
  ['環境變數', '环境变量'],
  ['變數', '变量'],
  ['逾時', '超时'],
  ['設定', '设置'],
  ['檔案', '文件'],
  ['資料', '数据'],
  ['網路', '网络'],
  ['預設', '默认'],
  ['存取', '访问'],
  ['佇列', '队列'],
  ['函式', '函数'],
  ['物件', '对象'],
  ['連線', '连接'],
  ['程式', '程序'],
];

/** Traditional characters, and at the same index their Simplified forms. */
const TRADITIONAL = '數體時間無設資網請誤執發觸層規則確為組長號參達許權訪問帳戶記憶檔庫預線隊憑證錯異據態狀況動啟載運過對應該會個類標準點擊開關閉連斷響傳輸認驗讀寫刪創區環變內併實鏡錄誌調機節務歷舊總計費額餘離統單轉換碼項選擇檢測試條緒進遠術圖夠滿隨從後於與來這們沒還麼嗎當處報顯訊絡頁級別稱義屬適專業產價購買導範圍極擴縮彈負備雲閘鑰簽製複雜較結構陣邏輯優團週鐘紀頻佈裝賴綁獨佔釋熱凍閒萬兩維護協議書鏈叢聯係際歸續約錢幣銷毀殘補擁擠緩衝壓卻戲親鬥佇將儲師視覺觀現場員題幫謝嚴衛險頭腳門階穩勢壞說話語讓麗廣東軟韌殼紐鈕鍵盤橋閥錶漢億幾歲學習簡疊樣齊兒飛魚鳥馬車軌輪鎖鏟銀頂須順領顏風飯館驅驟髮鬆黨齡';
const SIMPLIFIED = '数体时间无设资网请误执发触层规则确为组长号参达许权访问账户记忆档库预线队凭证错异据态状况动启载运过对应该会个类标准点击开关闭连断响传输认验读写删创区环变内并实镜录志调机节务历旧总计费额余离统单转换码项选择检测试条绪进远术图够满随从后于与来这们没还么吗当处报显讯络页级别称义属适专业产价购买导范围极扩缩弹负备云闸钥签制复杂较结构阵逻辑优团周钟纪频布装赖绑独占释热冻闲万两维护协议书链丛联系际归续约钱币销毁残补拥挤缓冲压却戏亲斗伫将储师视觉观现场员题帮谢严卫险头脚门阶稳势坏说话语让丽广东软韧壳纽钮键盘桥阀表汉亿几岁学习简叠样齐儿飞鱼鸟马车轨轮锁铲银顶须顺领颜风饭馆驱骤发松党龄';
const SIMPLIFIED_CHARS = [...SIMPLIFIED];
const SIMPLIFIED_OF = new Map([...TRADITIONAL].map((char, index) => [char, SIMPLIFIED_CHARS[index]!]));
const ANY_TRADITIONAL = new RegExp(`[${TRADITIONAL}]`);
const TRADITIONAL_CHARS = new RegExp(`[${TRADITIONAL}]`, 'g');

/** The text with its Traditional characters and Taiwan's terms in Simplified; unchanged when it has none. */
export function simplifyChinese(text: string): string {
  if (!ANY_TRADITIONAL.test(text)) return text;
  let converted = text;
  for (const [traditional, simplified] of TERMS) converted = converted.replaceAll(traditional, simplified);
  return converted.replace(TRADITIONAL_CHARS, (char) => SIMPLIFIED_OF.get(char) ?? char);
}
