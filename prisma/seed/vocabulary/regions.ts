/*
 * Provinces and prefectures the demo enterprises come from (统计用区划代码, 6 digits). Hand-picked real
 * codes: the main industrial cities of each province, not the full table (the full table is imported with
 * `npm run import -- regions`). Weights follow roughly where Chinese manufacturing and investors sit, with
 * Guizhou and its neighbours over-weighted because a county bureau's own lists are.
 */

export interface DemoCity {
  code: string;
  name: string;
  /** What goes in front of a company name: "苏州" in 苏州XX有限公司. */
  short: string;
  /** County-level units, only where we want demo enterprises to carry a county code. */
  counties?: readonly (readonly [code: string, name: string])[];
}

export interface DemoProvince {
  code: string;
  name: string;
  short: string;
  weight: number;
  cities: readonly DemoCity[];
}

function city(code: string, name: string, counties?: DemoCity["counties"]): DemoCity {
  const short = name.replace(/(?:苗族|侗族|布依族|土家族|白族|彝族|哈尼族|壮族|傣族|景颇族|朝鲜族|藏族|羌族|回族|蒙古族)+自治州$/, "").replace(/(市|地区|盟)$/, "");
  return { code, name, short, counties };
}

export const PROVINCES: readonly DemoProvince[] = [
  { code: "110000", name: "北京市", short: "北京", weight: 4.5, cities: [city("110100", "北京市", [["110105", "朝阳区"], ["110108", "海淀区"], ["110115", "大兴区"], ["110113", "顺义区"], ["110114", "昌平区"]])] },
  { code: "120000", name: "天津市", short: "天津", weight: 1.2, cities: [city("120100", "天津市", [["120116", "滨海新区"], ["120111", "西青区"], ["120114", "武清区"], ["120113", "北辰区"]])] },
  { code: "130000", name: "河北省", short: "河北", weight: 2, cities: [city("130100", "石家庄市"), city("130200", "唐山市"), city("130600", "保定市"), city("130900", "沧州市"), city("131000", "廊坊市"), city("130400", "邯郸市")] },
  { code: "140000", name: "山西省", short: "山西", weight: 0.8, cities: [city("140100", "太原市"), city("140400", "长治市"), city("140800", "运城市")] },
  { code: "150000", name: "内蒙古自治区", short: "内蒙古", weight: 0.6, cities: [city("150100", "呼和浩特市"), city("150200", "包头市"), city("150600", "鄂尔多斯市")] },
  { code: "210000", name: "辽宁省", short: "辽宁", weight: 1.2, cities: [city("210100", "沈阳市"), city("210200", "大连市"), city("210300", "鞍山市")] },
  { code: "220000", name: "吉林省", short: "吉林", weight: 0.8, cities: [city("220100", "长春市"), city("220200", "吉林市"), city("220500", "通化市")] },
  { code: "230000", name: "黑龙江省", short: "黑龙江", weight: 0.6, cities: [city("230100", "哈尔滨市"), city("230600", "大庆市"), city("230200", "齐齐哈尔市")] },
  { code: "310000", name: "上海市", short: "上海", weight: 4.5, cities: [city("310100", "上海市", [["310115", "浦东新区"], ["310112", "闵行区"], ["310114", "嘉定区"], ["310117", "松江区"], ["310120", "奉贤区"]])] },
  { code: "320000", name: "江苏省", short: "江苏", weight: 10, cities: [city("320100", "南京市"), city("320200", "无锡市"), city("320300", "徐州市"), city("320400", "常州市"), city("320500", "苏州市"), city("320600", "南通市"), city("321000", "扬州市"), city("321200", "泰州市"), city("320900", "盐城市")] },
  { code: "330000", name: "浙江省", short: "浙江", weight: 10, cities: [city("330100", "杭州市"), city("330200", "宁波市"), city("330300", "温州市"), city("330400", "嘉兴市"), city("330500", "湖州市"), city("330600", "绍兴市"), city("330700", "金华市"), city("331000", "台州市")] },
  { code: "340000", name: "安徽省", short: "安徽", weight: 3.5, cities: [city("340100", "合肥市"), city("340200", "芜湖市"), city("341600", "亳州市"), city("341100", "滁州市"), city("340300", "蚌埠市")] },
  { code: "350000", name: "福建省", short: "福建", weight: 3.5, cities: [city("350100", "福州市"), city("350200", "厦门市"), city("350500", "泉州市"), city("350900", "宁德市"), city("350700", "南平市")] },
  { code: "360000", name: "江西省", short: "江西", weight: 2, cities: [city("360100", "南昌市"), city("360900", "宜春市"), city("360700", "赣州市"), city("360400", "九江市")] },
  { code: "370000", name: "山东省", short: "山东", weight: 7, cities: [city("370100", "济南市"), city("370200", "青岛市"), city("370300", "淄博市"), city("370700", "潍坊市"), city("370600", "烟台市"), city("371300", "临沂市"), city("370800", "济宁市"), city("371600", "滨州市")] },
  { code: "410000", name: "河南省", short: "河南", weight: 3.5, cities: [city("410100", "郑州市"), city("410300", "洛阳市"), city("410700", "新乡市"), city("411000", "许昌市"), city("411300", "南阳市")] },
  { code: "420000", name: "湖北省", short: "湖北", weight: 3.5, cities: [city("420100", "武汉市"), city("420300", "十堰市"), city("420600", "襄阳市"), city("420500", "宜昌市"), city("421300", "随州市")] },
  { code: "430000", name: "湖南省", short: "湖南", weight: 3.5, cities: [city("430100", "长沙市"), city("430200", "株洲市"), city("430300", "湘潭市"), city("430400", "衡阳市"), city("430800", "张家界市"), city("431200", "怀化市")] },
  { code: "440000", name: "广东省", short: "广东", weight: 12, cities: [city("440100", "广州市"), city("440300", "深圳市"), city("440600", "佛山市"), city("441900", "东莞市"), city("442000", "中山市"), city("441300", "惠州市"), city("440400", "珠海市"), city("440700", "江门市")] },
  { code: "450000", name: "广西壮族自治区", short: "广西", weight: 1.5, cities: [city("450100", "南宁市"), city("450200", "柳州市"), city("450300", "桂林市"), city("450900", "玉林市")] },
  { code: "460000", name: "海南省", short: "海南", weight: 0.5, cities: [city("460100", "海口市"), city("460200", "三亚市")] },
  { code: "500000", name: "重庆市", short: "重庆", weight: 5, cities: [city("500100", "重庆市", [["500112", "渝北区"], ["500106", "沙坪坝区"], ["500113", "巴南区"], ["500115", "长寿区"], ["500118", "永川区"], ["500120", "璧山区"], ["500110", "綦江区"], ["500102", "涪陵区"]])] },
  { code: "510000", name: "四川省", short: "四川", weight: 5.5, cities: [city("510100", "成都市", [["510112", "龙泉驿区"], ["510116", "双流区"], ["510114", "新都区"], ["510117", "郫都区"]]), city("510600", "德阳市"), city("510700", "绵阳市"), city("510500", "泸州市"), city("511500", "宜宾市"), city("511100", "乐山市")] },
  {
    code: "520000",
    name: "贵州省",
    short: "贵州",
    weight: 7,
    cities: [
      city("520100", "贵阳市", [["520115", "观山湖区"], ["520111", "花溪区"], ["520113", "白云区"], ["520181", "清镇市"], ["520121", "开阳县"]]),
      city("520300", "遵义市", [["520302", "红花岗区"], ["520303", "汇川区"], ["520304", "播州区"], ["520382", "仁怀市"], ["520330", "习水县"], ["520328", "湄潭县"], ["520322", "桐梓县"], ["520323", "绥阳县"], ["520324", "正安县"], ["520325", "道真仡佬族苗族自治县"], ["520326", "务川仡佬族苗族自治县"], ["520327", "凤冈县"]]),
      city("520200", "六盘水市"),
      city("520400", "安顺市"),
      city("520500", "毕节市"),
      city("520600", "铜仁市"),
      city("522600", "黔东南苗族侗族自治州"),
      city("522700", "黔南布依族苗族自治州"),
    ],
  },
  { code: "530000", name: "云南省", short: "云南", weight: 2, cities: [city("530100", "昆明市"), city("530300", "曲靖市"), city("530400", "玉溪市"), city("532900", "大理白族自治州"), city("530500", "保山市")] },
  { code: "540000", name: "西藏自治区", short: "西藏", weight: 0.15, cities: [city("540100", "拉萨市")] },
  { code: "610000", name: "陕西省", short: "陕西", weight: 1.5, cities: [city("610100", "西安市"), city("610300", "宝鸡市"), city("610400", "咸阳市"), city("610700", "汉中市")] },
  { code: "620000", name: "甘肃省", short: "甘肃", weight: 0.5, cities: [city("620100", "兰州市"), city("621100", "定西市"), city("621200", "陇南市")] },
  { code: "630000", name: "青海省", short: "青海", weight: 0.2, cities: [city("630100", "西宁市"), city("632800", "海西蒙古族藏族自治州")] },
  { code: "640000", name: "宁夏回族自治区", short: "宁夏", weight: 0.3, cities: [city("640100", "银川市"), city("640300", "吴忠市")] },
  { code: "650000", name: "新疆维吾尔自治区", short: "新疆", weight: 0.6, cities: [city("650100", "乌鲁木齐市"), city("652300", "昌吉回族自治州")] },
];

export function findProvince(code2or6: string): DemoProvince {
  const code = code2or6.length === 2 ? `${code2or6}0000` : code2or6;
  const province = PROVINCES.find((p) => p.code === code);
  if (!province) throw new Error(`未知省份代码 ${code2or6}`);
  return province;
}
