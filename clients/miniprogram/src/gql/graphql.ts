/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { Yuan } from '../scalars';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 纳入监测 / accept a lead */
export type AcceptLeadInput = {
  /** 监测对象类型 / type of the case to open */
  caseType: CaseType;
  /** 线索ID / lead */
  leadId: string;
  /** 说明 / note */
  note?: string | null | undefined;
  /** 版本 / version read */
  version: number;
};

/** 研判 / the owner's judgement of a finding */
export type AcknowledgeFindingInput = {
  /** 结论 / judgement */
  judgement: FindingJudgement;
  /** 问题类型 / the finding's kind */
  kind: FindingKind;
  /** 理由 / why, at most 500 characters */
  reason: string;
  /** 记录 / the finding's recordId */
  recordId: string;
};

/** 增加成员 / add a member */
export type AddMemberInput = {
  /** 客户端键 / a key the client makes for this record (e.g. a UUID, kept with the draft): sent again with the same key and content, the record is written once and answered again; other content under a used key is a CONFLICT */
  clientKey?: string | null | undefined;
  /** 农户ID / household */
  householdId: string;
  /** 成员信息 / details */
  member: MemberDetailsInput;
  /** 与户主关系 / relation to the head (not HEAD: a household has one head) */
  relation: Relation;
};

/** 公告 / an announcement published */
export type AnnouncementInput = {
  /** 监测对象ID / case */
  caseId: string;
  /** 佐证材料 / ids of the caller's pending uploads (POST /attachments): the announcement itself */
  files?: Array<string> | null | undefined;
  /** 说明 / note (where it was posted) */
  note?: string | null | undefined;
  /** 公告日期 / published on (not before the approval it publishes, not in the future) */
  publishedOn: string;
  /** 版本 / version read */
  version: number;
};

/** 评议 / appraisal */
export type AppraisalInput = {
  /** 监测对象ID / case */
  caseId: string;
  /** 佐证材料 / ids of the caller's pending uploads (POST /attachments) that this step rests on; see availableActions for which it asks */
  files?: Array<string> | null | undefined;
  /** 评议日期 / held on */
  heldOn: string;
  /** 说明 / note; the reason, required when the appraisal does not pass */
  note?: string | null | undefined;
  /** 参会人数 / participants */
  participants: number;
  /** 是否通过 / passed */
  passed: boolean;
  /** 版本 / version read */
  version: number;
};

/** 关联佐证材料 / files and what they prove */
export type AttachEvidenceInput = {
  /** 文件 / ids of the caller's pending uploads (POST /attachments), at most 20 */
  files: Array<string>;
  /** 记录ID / the case (MonitoredCase), visit (Visit), measure (Measure), inspection (Inspection) or warning (DepartmentWarning) */
  targetId: string;
};

/** 绑定农户账号 / the account and the person's ID number */
export type BindResidentAccountInput = {
  /** 身份证号 / the person's ID number, as shown on their ID card */
  idNumber: string;
  /** 账号 / the resident's Keycloak username */
  username: string;
};

/** 部署培训 / a deployment meeting or training */
export type CampaignMeetingInput = {
  /** 参会人数 / people attending, 1 to 100000 */
  attendance: number;
  /** 集中排查ID / campaign */
  campaignId: string;
  /** 客户端键 / a key the client makes for this record (e.g. a UUID, kept with the draft): sent again with the same key and content, the record is written once and answered again; other content under a used key is a CONFLICT */
  clientKey?: string | null | undefined;
  /** 网格编码 / the township or village that held it, in the caller's scope and the campaign's */
  gridCode: string;
  /** 日期 / day, within the campaign and not in the future */
  heldOn: string;
  /** 类别 / deployment or training */
  kind: CampaignMeetingKind;
  /** 备注 / note, at most 1000 characters */
  note?: string | null | undefined;
};

/** 会议类别 / kind of campaign meeting */
export type CampaignMeetingKind =
  /** 动员部署 / a meeting that deploys the campaign (是否专门安排部署) */
  | 'DEPLOYMENT'
  /** 业务培训 / a training of cadres, work teams, grid workers and information officers (培训人数) */
  | 'TRAINING';

/** 取消帮扶措施 / cancel a measure */
export type CancelMeasureInput = {
  /** 措施ID / measure */
  id: string;
  /** 取消原因 / why, at most 500 characters */
  reason: string;
  /** 版本 / version read */
  version: number;
};

/** 时间线事项 / what a timeline event records */
export type CaseAction =
  /** 认定公告 / the identification announced */
  | 'ANNOUNCE'
  /** 风险消除公告 / the elimination announced */
  | 'ANNOUNCE_ELIMINATION'
  /** 清退申请 / the township applied for a clearance */
  | 'APPLY_CLEARANCE'
  /** 回退申请 / the township applied for a rollback */
  | 'APPLY_ROLLBACK'
  /** 审核认定 / approved */
  | 'APPROVE'
  /** 审定风险消除 / elimination approved */
  | 'APPROVE_ELIMINATION'
  /** 明确监测联系人 / contact cadre assigned */
  | 'ASSIGN_CONTACT_CADRE'
  /** 清退 / cleared */
  | 'CLEAR'
  /** 更正办理日期 / a step's date corrected */
  | 'CORRECT_DATE'
  /** 乡镇验收未通过 / acceptance failed */
  | 'FAIL_ACCEPTANCE'
  /** 民主评议未通过 / appraisal failed */
  | 'FAIL_APPRAISAL'
  /** 风险消除评议未通过 / elimination appraisal failed */
  | 'FAIL_ELIMINATION_APPRAISAL'
  /** 入户核查未通过 / township check failed */
  | 'FAIL_VERIFICATION'
  /** 帮扶措施备案 / the measures filed with the county */
  | 'FILE_MEASURES'
  /** 线索并入 / a further lead joined the case */
  | 'LEAD_ATTACHED'
  /** 纳入监测 / the case opened from a lead */
  | 'OPEN'
  /** 乡镇验收通过 / acceptance passed */
  | 'PASS_ACCEPTANCE'
  /** 民主评议通过 / appraisal passed */
  | 'PASS_APPRAISAL'
  /** 风险消除评议通过 / elimination appraisal passed */
  | 'PASS_ELIMINATION_APPRAISAL'
  /** 提出风险消除 / elimination proposed */
  | 'PROPOSE_ELIMINATION'
  /** 帮扶措施评议公示 / the measures appraised and posted */
  | 'PUBLISH_MEASURES'
  /** 签署承诺授权 / commitment signed */
  | 'RECORD_COMMITMENT'
  /** 风险消除公示 / elimination notice */
  | 'RECORD_ELIMINATION_NOTICE'
  /** 公示 / notice */
  | 'RECORD_NOTICE'
  /** 入户核查 / township check passed */
  | 'RECORD_VERIFICATION'
  /** 不予认定 / rejected */
  | 'REJECT'
  /** 报告达到风险消除标准 / the contact cadre reported the elimination standard reached */
  | 'REPORT_STANDARD_REACHED'
  /** 风险消除回退 / rolled back */
  | 'ROLL_BACK';

/** 类别 / kind of case check */
export type CaseCheckKind =
  /** 回头看 / look back at an eliminated case (附件4) */
  | 'LOOK_BACK'
  /** 研判 / review of a case not yet eliminated (附件5) */
  | 'REVIEW';

/** 监测对象筛选 / case filter */
export type CaseFilter = {
  /** 监测联系人 / contact cadre's name */
  contactCadre?: string | null | undefined;
  /** 网格 / households under this grid */
  gridCode?: string | null | undefined;
  /** 认定日期起 / identified on or after */
  identifiedFrom?: string | null | undefined;
  /** 逾期认定 / true: only cases identified after their deadline (what inspections count); false: only those identified in time */
  identifiedLate?: boolean | null | undefined;
  /** 认定日期止 / identified on or before */
  identifiedTo?: string | null | undefined;
  /** 逾期 / true: only overdue cases */
  overdue?: boolean | null | undefined;
  /** 风险类型 / has this risk type */
  riskType?: RiskType | null | undefined;
  /** 状态 / any of these statuses */
  statuses?: Array<CaseStatus> | null | undefined;
  /** 类型 / type */
  type?: CaseType | null | undefined;
};

/** 研判 / a review of a case not yet eliminated (附件5) */
export type CaseReviewInput = {
  /** 集中排查ID / campaign */
  campaignId: string;
  /** 监测对象ID / an active case */
  caseId: string;
  /** 日期 / day */
  checkedOn: string;
  /** 客户端键 / a key the client makes for this record (e.g. a UUID, kept with the draft): sent again with the same key and content, the record is written once and answered again; other content under a used key is a CONFLICT */
  clientKey?: string | null | undefined;
  /** 帮扶是否落实 / measures in place */
  measuresDone: boolean;
  /** 是否达到消除标准 / meets elimination */
  meetsElimination: boolean;
  /** 备注 / note */
  note?: string | null | undefined;
};

/** 监测对象状态 / case status */
export type CaseStatus =
  /** 已清退 / cleared */
  | 'CLEARED'
  /** 风险消除评议公示中 / elimination in appraisal and notice */
  | 'ELIMINATION_NOTICE'
  /** 已提出风险消除 / elimination proposed */
  | 'ELIMINATION_PROPOSED'
  /** 公示中 / in public notice */
  | 'IN_NOTICE'
  /** 监测帮扶中 / monitored and assisted */
  | 'MONITORING'
  /** 待乡镇验收 / waiting for township acceptance */
  | 'PENDING_ACCEPTANCE'
  /** 待民主评议 / waiting for village appraisal */
  | 'PENDING_APPRAISAL'
  /** 待县级审核认定 / waiting for county approval */
  | 'PENDING_APPROVAL'
  /** 待签署承诺授权 / waiting for the household's commitment */
  | 'PENDING_COMMITMENT'
  /** 待县级审定风险消除 / waiting for county approval of the elimination */
  | 'PENDING_ELIMINATION_APPROVAL'
  /** 待乡镇核查 / waiting for township check */
  | 'PENDING_VERIFICATION'
  /** 未认定 / rejected */
  | 'REJECTED'
  /** 风险已消除 / risk eliminated */
  | 'RISK_ELIMINATED';

/** 监测对象类型 / case type */
export type CaseType =
  /** 边缘易致贫户 / marginal, prone to poverty */
  | 'MARGINAL'
  /** 突发严重困难户 / sudden severe hardship */
  | 'SUDDEN_HARDSHIP'
  /** 脱贫不稳定户 / alleviated but unstable */
  | 'UNSTABLE_ALLEVIATED';

/** 变更类型 / what became of a record */
export type ChangeType =
  /** 新增 / created */
  | 'CREATED'
  /** 移除 / removed (a member who left the household) */
  | 'REMOVED'
  /** 修改 / updated (a case's step, a measure's progress, a member's details) */
  | 'UPDATED';

/** 热线信访媒体线索 / a lead as the hotline, a petition or the media brought it */
export type ChannelLeadInput = {
  /** 来源编号 / the channel's own reference (hotline ticket, petition number, article), at most 100 characters */
  channelReference: string;
  /** 情况描述 / description, at most 1000 characters */
  description: string;
  /** 农户ID / household; or give person */
  householdId?: string | null | undefined;
  /** 未登记人员 / a person the county has not registered yet; or give householdId */
  person?: UnregisteredPersonInput | null | undefined;
  /** 受理日期 / when the channel received it, not in the future */
  receivedOn: string;
  /** 风险类型 / at least one */
  riskTypes: Array<RiskType>;
  /** 来源 / HOTLINE_PETITION or MEDIA */
  source: LeadSource;
};

/** 清退申请 / the township's written application for a clearance */
export type ClearanceApplicationInput = {
  /** 申请日期 / applied on (not in the future, not before the lead) */
  appliedOn: string;
  /** 监测对象ID / case */
  caseId: string;
  /** 申请内容 / what the application says, at most 1000 characters */
  note: string;
  /** 原因 / reason */
  reason: ClearanceReason;
  /** 版本 / version read */
  version: number;
};

/** 清退原因 / clearance reason */
export type ClearanceReason =
  /** 重复识别 / duplicate */
  | 'DUPLICATE'
  /** 优亲厚友 / favouritism */
  | 'FAVOURITISM'
  /** 识别不准 / wrongly included */
  | 'WRONGLY_INCLUDED';

/** 承诺授权 / commitment signed */
export type CommitmentInput = {
  /** 监测对象ID / case */
  caseId: string;
  /** 佐证材料 / ids of the caller's pending uploads (POST /attachments) that this step rests on; see availableActions for which it asks */
  files?: Array<string> | null | undefined;
  /** 说明 / note */
  note?: string | null | undefined;
  /** 签署日期 / signed on (not in the future) */
  signedOn: string;
  /** 版本 / version read */
  version: number;
};

/** 监测联系人 / assign the contact cadre */
export type ContactCadreInput = {
  /** 监测对象ID / case */
  caseId: string;
  /** 手机 / mobile number, where the account has none */
  phone?: string | null | undefined;
  /** 账号 / the username of a cadre holding a duty over the household's grid (see grid { workers }); their name and phone come from the account */
  username: string;
  /** 版本 / version read */
  version: number;
};

/** 更正收入 / all the amounts of the year again, the version read and the reason */
export type CorrectIncomeInput = {
  /** 教育支出 / education expenditure */
  educationExpenditure: Yuan;
  /** 农户ID / household */
  householdId: string;
  /** 医疗支出 / medical expenditure */
  medicalExpenditure: Yuan;
  /** 经营性收入 / farming and business */
  operatingIncome: Yuan;
  /** 其他刚性支出 / other rigid expenditure */
  otherRigidExpenditure: Yuan;
  /** 生产经营性支出 / productive expenditure */
  productiveExpenditure: Yuan;
  /** 财产性收入 / property */
  propertyIncome: Yuan;
  /** 更正原因 / why, at most 1000 characters */
  reason: string;
  /** 转移性收入 / transfers */
  transferIncome: Yuan;
  /** 版本 / version read */
  version: number;
  /** 工资性收入 / wages */
  wageIncome: Yuan;
  /** 年度 / the year of the record */
  year: number;
};

/** 更正办理日期 / a date of a step, corrected */
export type CorrectStepDateInput = {
  /** 监测对象ID / case */
  caseId: string;
  /** 新日期 / the right date */
  date: string;
  /** 日期项 / the date of its record: signedOn, heldOn, startOn, endOn or publishedOn */
  field: string;
  /** 更正原因 / why, at most 1000 characters */
  reason: string;
  /** 事项 / the step whose date it is: RECORD_COMMITMENT, PASS_APPRAISAL, RECORD_NOTICE, PASS_ELIMINATION_APPRAISAL, RECORD_ELIMINATION_NOTICE, ANNOUNCE or ANNOUNCE_ELIMINATION */
  step: CaseAction;
  /** 版本 / version read */
  version: number;
};

/** 决定 / a decision with a note or reason */
export type DecisionInput = {
  /** 监测对象ID / case */
  caseId: string;
  /** 佐证材料 / ids of the caller's pending uploads (POST /attachments) that this step rests on; see availableActions for which it asks */
  files?: Array<string> | null | undefined;
  /** 说明或原因 / note, or the reason of a rejection (required then) */
  note?: string | null | undefined;
  /** 版本 / version read */
  version: number;
};

/** 自主申报 / a resident's own declaration */
export type DeclareDifficultyInput = {
  /** 设备时间 / when the device says this was done (kept beside the server's time of receipt); at most 5 minutes ahead, at most 30 days ago */
  actedAt?: string | null | undefined;
  /** 客户端键 / a key the client makes for this record (e.g. a UUID, kept with the draft): sent again with the same key and content, the record is written once and answered again; other content under a used key is a CONFLICT */
  clientKey?: string | null | undefined;
  /** 情况描述 / what happened, at most 1000 characters */
  description: string;
  /** 风险类型 / at least one */
  riskTypes: Array<RiskType>;
};

/** 行业部门 / department */
export type Department =
  /** 农业农村 / agriculture and rural affairs */
  | 'AGRICULTURE'
  /** 民政 / civil affairs */
  | 'CIVIL_AFFAIRS'
  /** 残疾人联合会 / disabled persons' federation */
  | 'DISABLED_FEDERATION'
  /** 教育 / education */
  | 'EDUCATION'
  /** 应急管理 / emergency management */
  | 'EMERGENCY'
  /** 财政 / finance */
  | 'FINANCE'
  /** 卫生健康 / health */
  | 'HEALTH'
  /** 住房和城乡建设 / housing */
  | 'HOUSING'
  /** 人力资源和社会保障 / human resources and social security */
  | 'HUMAN_RESOURCES'
  /** 医疗保障 / medical insurance */
  | 'MEDICAL_INSURANCE'
  /** 公安 / public security */
  | 'PUBLIC_SECURITY'
  /** 水利 / water */
  | 'WATER';

/** 残疾类别 / disability type */
export type DisabilityType =
  /** 听力 / hearing */
  | 'HEARING'
  /** 智力 / intellectual */
  | 'INTELLECTUAL'
  /** 精神 / mental */
  | 'MENTAL'
  /** 多重 / multiple */
  | 'MULTIPLE'
  /** 肢体 / physical */
  | 'PHYSICAL'
  /** 言语 / speech */
  | 'SPEECH'
  /** 视力 / visual */
  | 'VISUAL';

/** 不予纳入 / dismiss a lead */
export type DismissLeadInput = {
  /** 帮扶说明 / help given anyway */
  helpNote?: string | null | undefined;
  /** 线索ID / lead */
  leadId: string;
  /** 原因 / reason */
  reason: string;
  /** 版本 / version read */
  version: number;
};

/** 风险消除条件 / the conditions of elimination (seeds 001, 003, 004) */
export type EliminationCheck =
  /** 已明确监测联系人 / the case has its contact cadre (一户一人) */
  | 'CONTACT_CADRE'
  /** 回退后有新证据 / after a rollback: an in-person visit or an income record newer than it */
  | 'EVIDENCE_AFTER_ROLLBACK'
  /** 无未保障项 / no guarantee NOT_SECURED as last assessed */
  | 'GUARANTEES_SECURED'
  /** 收入高于监测标准 / an income record of this or last year above the line of its year and region */
  | 'INCOME_ABOVE_LINE'
  /** 帮扶措施均已完成 / every planned measure completed */
  | 'MEASURES_COMPLETED'
  /** 帮扶措施已见效 / for a STABLE elimination (帮扶后稳定消除): a measure in effect or completed */
  | 'MEASURE_TAKEN'
  /** 无待研判风险线索 / no risk lead of the household waiting for the village's decision */
  | 'NO_OPEN_LEAD'
  /** 近期走访六项均已保障 / a recent visit found all six guarantees SECURED (fangpin.monitoring.elimination-visit-period, 30 days) */
  | 'RECENT_SECURED_VISIT'
  /** 佐证材料齐全 / the elimination steps already taken have the files the county requires of them */
  | 'REQUIRED_FILES';

/** 务工状况 / employment */
export type EmploymentType =
  /** 本地务工 / working locally */
  | 'LOCAL'
  /** 外出务工 / migrant worker */
  | 'MIGRANT';

/** 错误代码 / error code */
export type ErrorCode =
  /** 输入有误 / invalid input */
  | 'BAD_USER_INPUT'
  /** 冲突 / stale version or conflicting state */
  | 'CONFLICT'
  /** 无权限 / not allowed */
  | 'FORBIDDEN'
  /** 内部错误 / internal error */
  | 'INTERNAL'
  /** 未找到 / missing or outside the caller's scope */
  | 'NOT_FOUND'
  /** 未登记的查询文档 / the request names a document by an id no registered document has */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** 请求过于频繁 / the caller's request budget is spent for now; extensions.retryAfterSeconds says when to retry */
  | 'RATE_LIMITED'
  /** 未登录 / no valid token */
  | 'UNAUTHENTICATED'
  /** 暂不可用 / the database cannot be reached; nothing was read or written, retry later */
  | 'UNAVAILABLE';

/** 材料类别 / what a file is, and what it is attached to */
export type EvidenceKind =
  /** 乡镇验收记录 / the township's acceptance record, for acceptElimination; released like an ID number, not shown to residents */
  | 'ACCEPTANCE_RECORD'
  /** 认定公告 / the county's announcement of the identified, for recordAnnouncement */
  | 'ANNOUNCEMENT'
  /** 民主评议记录 / the minutes of the village appraisal, for recordAppraisal; not shown to residents */
  | 'APPRAISAL_MINUTES'
  /** 授权书 / the household's authorisation to check its assets (seed 001), for recordCommitment; released like an ID number */
  | 'AUTHORIZATION_LETTER'
  /** 承诺书 / the household's signed commitment (seed 001), for recordCommitment; released like an ID number */
  | 'COMMITMENT_LETTER'
  /** 风险消除公告 / the county's announcement of the eliminated, for recordEliminationAnnouncement */
  | 'ELIMINATION_ANNOUNCEMENT'
  /** 风险消除评议记录 / the minutes of the elimination appraisal, for recordEliminationAppraisal; not shown to residents */
  | 'ELIMINATION_APPRAISAL_MINUTES'
  /** 风险消除公示照片 / a photo of the elimination notice, for recordEliminationNotice */
  | 'ELIMINATION_NOTICE_PHOTO'
  /** 排查照片 / a photo of a campaign's household inspection, attached to the inspection */
  | 'INSPECTION_PHOTO'
  /** 帮扶措施材料 / a document of a measure (an agreement, a receipt), attached to the measure */
  | 'MEASURE_DOCUMENT'
  /** 病历及医疗票据 / a diagnosis or hospital bill, for recordVerification; released like health data */
  | 'MEDICAL_RECORD'
  /** 公示照片 / a photo of the notice board, for recordNotice */
  | 'NOTICE_PHOTO'
  /** 入户核查记录 / the township's verification record, for recordVerification; released like an ID number, not shown to residents */
  | 'VERIFICATION_RECORD'
  /** 走访照片 / a photo of a visit, attached to the visit */
  | 'VISIT_PHOTO'
  /** 预警核实记录 / the township's record of verifying a department's warning, attached to the warning; released like an ID number, not shown to residents */
  | 'WARNING_VERIFICATION_RECORD';

/** 研判结论 / judgement of a finding */
export type FindingJudgement =
  /** 核实无误 / the record is right as it is (e.g. 应纳未纳 weighed and not included): settled until its data changes */
  | 'DATA_CORRECT'
  /** 确需补正 / the record is to be corrected: the finding stays until it is */
  | 'TO_BE_CORRECTED';

/** 问题类型 / kind of data-quality finding */
export type FindingKind =
  /** 缺脱贫年度 / an alleviated household without its year of alleviation */
  | 'ALLEVIATED_WITHOUT_YEAR'
  /** 未评估保障 / a monitored household whose guarantees no visit has assessed */
  | 'GUARANTEES_NEVER_ASSESSED'
  /** 无户主 / a household without a head */
  | 'NO_HEAD'
  /** 缺收入记录 / a monitored household without an income record of this year or the last */
  | 'NO_INCOME_RECORD'
  /** 体外循环 / a measure still open for a household without an active case (subsistence or extreme-poverty support alone is civil affairs' own and not a finding) */
  | 'OUTSIDE_THE_SYSTEM'
  /** 外县重复登记 / a member whose ID number the province reports registered in another county too */
  | 'REGISTERED_IN_ANOTHER_COUNTY'
  /** 疑似重复登记 / the same name and birth date in two households of one village */
  | 'SAME_PERSON_IN_TWO_HOUSEHOLDS'
  /** 在校状况与年龄不符 / a member at a stage of schooling impossible for their age */
  | 'SCHOOLING_IMPOSSIBLE_FOR_AGE'
  /** 应纳未纳 / income under the line or a guarantee not secured, without an open lead or an active case */
  | 'SHOULD_BE_INCLUDED';

/** 性别 / gender */
export type Gender =
  /** 女 / female */
  | 'FEMALE'
  /** 男 / male */
  | 'MALE';

/** 网格层级 / grid level; follows from the length of the grid code */
export type GridLevel =
  /** 县/区级网格 / county (6 digits) */
  | 'COUNTY'
  /** 村组网格 / group (14 digits; 20–40 households, at most 70) */
  | 'GROUP'
  /** 乡级网格 / township (9 digits) */
  | 'TOWNSHIP'
  /** 村级网格 / village (12 digits) */
  | 'VILLAGE';

/** 保障评估 / one guarantee as the visit found it */
export type GuaranteeInput = {
  /** 项目 / item */
  item: GuaranteeItem;
  /** 说明 / note */
  note?: string | null | undefined;
  /** 状态 / state */
  state: GuaranteeState;
};

/** 保障项目 / guarantee (两不愁三保障及饮水安全) */
export type GuaranteeItem =
  /** 不愁穿 / clothing */
  | 'CLOTHING'
  /** 义务教育 / compulsory education */
  | 'EDUCATION'
  /** 不愁吃 / food */
  | 'FOOD'
  /** 住房安全 / housing safety */
  | 'HOUSING'
  /** 基本医疗 / basic medical care */
  | 'MEDICAL'
  /** 饮水安全 / drinking water */
  | 'WATER';

/** 保障状态 / guarantee state */
export type GuaranteeState =
  /** 有风险 / at risk */
  | 'AT_RISK'
  /** 无保障 / not secured */
  | 'NOT_SECURED'
  /** 有保障 / secured */
  | 'SECURED';

/** 健康状况 / health */
export type Health =
  /** 长期慢性病 / chronic illness */
  | 'CHRONIC_ILLNESS'
  /** 健康 / healthy */
  | 'HEALTHY'
  /** 大病 / serious illness */
  | 'SERIOUS_ILLNESS';

/** 户类型 / household category */
export type HouseholdCategory =
  /** 脱贫户 / alleviated household (carries alleviationYear) */
  | 'ALLEVIATED'
  /** 一般农户 / ordinary rural household */
  | 'ORDINARY';

/** 农户筛选 / household filter; all given conditions apply */
export type HouseholdFilter = {
  /** 户类型 / category */
  category?: HouseholdCategory | null | undefined;
  /** 网格编码 / households under this grid */
  gridCode?: string | null | undefined;
  /** 身份证号 / a member has exactly this ID number (only for those who see ID numbers in full: for the others it would reveal masked numbers) */
  idNumber?: string | null | undefined;
  /** 成员姓名包含 / a member's name contains this text */
  nameContains?: string | null | undefined;
};

/** 收入记录 / a household's income and expenditure of one year */
export type IncomeRecordInput = {
  /** 设备时间 / when the device says this was done (kept beside the server's time of receipt); at most 5 minutes ahead, at most 30 days ago */
  actedAt?: string | null | undefined;
  /** 客户端键 / a key the client makes for this record (e.g. a UUID, kept with the draft): sent again with the same key and content, the record is written once and answered again; other content under a used key is a CONFLICT */
  clientKey?: string | null | undefined;
  /** 教育支出 / education expenditure */
  educationExpenditure: Yuan;
  /** 农户ID / household */
  householdId: string;
  /** 医疗支出 / medical expenditure */
  medicalExpenditure: Yuan;
  /** 经营性收入 / farming and business */
  operatingIncome: Yuan;
  /** 其他刚性支出 / other rigid expenditure */
  otherRigidExpenditure: Yuan;
  /** 生产经营性支出 / productive expenditure */
  productiveExpenditure: Yuan;
  /** 财产性收入 / property */
  propertyIncome: Yuan;
  /** 转移性收入 / transfers */
  transferIncome: Yuan;
  /** 工资性收入 / wages */
  wageIncome: Yuan;
  /** 年度 / year */
  year: number;
};

/** 会议研判结论 / the village meeting's conclusion */
export type InspectionConclusion =
  /** 不纳入 / not to include */
  | 'EXCLUDE'
  /** 拟纳入 / to include: a lead is raised */
  | 'INCLUDE';

/** 会议研判 / the meeting's conclusion on an inspection */
export type InspectionConclusionInput = {
  /** 结论 / include or not */
  conclusion: InspectionConclusion;
  /** 研判日期 / day of the meeting */
  heldOn: string;
  /** 排查记录ID / inspection */
  inspectionId: string;
  /** 说明 / note */
  note?: string | null | undefined;
  /** 风险类型 / the risks, at least one when including */
  riskTypes?: Array<RiskType> | null | undefined;
  /** 版本 / version read */
  version: number;
};

/** 记录排查 / an inspection */
export type InspectionInput = {
  /** 设备时间 / when the device says this was done (kept beside the server's time of receipt); at most 5 minutes ahead, at most 30 days ago */
  actedAt?: string | null | undefined;
  /** 集中排查ID / campaign */
  campaignId: string;
  /** 客户端键 / a key the client makes for this record (e.g. a UUID, kept with the draft): sent again with the same key and content, the record is written once and answered again; other content under a used key is a CONFLICT */
  clientKey?: string | null | undefined;
  /** 家庭情况 / the family situation (required when a risk arose) */
  familySituation?: string | null | undefined;
  /** 农户ID / household */
  householdId: string;
  /** 排查日期 / day, within the campaign and not in the future */
  inspectedOn: string;
  /** 排查方式 / in person, phone, WeChat or other */
  method: VisitMethod;
  /** 备注 / note */
  note?: string | null | undefined;
  /** 是否基本了解防返贫政策 / the household knows the policy */
  policyAware: boolean;
  /** 近期是否发生风险 / a risk arose recently */
  riskFound: boolean;
};

/** 十类人群 / the ten key categories of seed 004 */
export type KeyCategory =
  /** 脱贫户 / alleviated households, those alleviated in 2020 first */
  | 'ALLEVIATED'
  /** 多子女非义务教育 / several children in non-compulsory schooling */
  | 'CHILDREN_IN_SCHOOL'
  /** 残疾人家庭 / disabled members, severe or several first */
  | 'DISABILITY'
  /** 受灾 / disaster-hit guarantees */
  | 'DISASTER'
  /** 分散供养特困人员 / extreme-poverty support, single-person households first */
  | 'EXTREME_POVERTY_SUPPORT'
  /** 刚性支出大 / high rigid expenditure */
  | 'HIGH_RIGID_EXPENDITURE'
  /** 收入低或明显减少 / income under or near the line, or down sharply */
  | 'LOW_OR_FALLING_INCOME'
  /** 疫情影响 / pandemic impact on work and production (flagged only) */
  | 'PANDEMIC'
  /** 农村低保对象 / subsistence allowance */
  | 'SUBSISTENCE_ALLOWANCE'
  /** 务工不稳 / living on wages with unstable work */
  | 'UNSTABLE_EMPLOYMENT';

/** 标注重点人群 / flag a key category */
export type KeyCategoryFlagInput = {
  /** 集中排查ID / campaign */
  campaignId: string;
  /** 类别 / category */
  category: KeyCategory;
  /** 农户ID / household */
  householdId: string;
  /** 说明 / why, at most 1000 characters */
  note: string;
};

/** 撤销标注 / take back a key-category flag */
export type KeyCategoryFlagRemovalInput = {
  /** 集中排查ID / campaign */
  campaignId: string;
  /** 类别 / the flagged category */
  category: KeyCategory;
  /** 农户ID / household */
  householdId: string;
  /** 撤销原因 / why the flag no longer holds, at most 1000 characters */
  reason: string;
};

/** 劳动能力 / labour capacity */
export type LabourCapacity =
  /** 丧失劳动力 / lost */
  | 'LOST'
  /** 无劳动力 / none (e.g. children) */
  | 'NONE'
  /** 普通劳动力 / ordinary */
  | 'ORDINARY'
  /** 技能劳动力 / skilled */
  | 'SKILLED'
  /** 弱劳动力或半劳动力 / weak or half */
  | 'WEAK';

/** 排查方式 / lead source */
export type LeadSource =
  /** 干部排查 / cadre inspection */
  | 'CADRE_INSPECTION'
  /** 部门筛查预警 / department warning */
  | 'DEPARTMENT_WARNING'
  /** 热线信访 / hotline or petition */
  | 'HOTLINE_PETITION'
  /** 媒体 / media */
  | 'MEDIA'
  /** 系统规则 / the system's screening rules */
  | 'RULE'
  /** 农户自主申报 / self-declaration */
  | 'SELF_DECLARATION';

/** 线索状态 / lead status */
export type LeadStatus =
  /** 已纳入 / accepted into a case */
  | 'ACCEPTED'
  /** 不予纳入 / dismissed */
  | 'DISMISSED'
  /** 待研判 / open */
  | 'OPEN';

/** 关联待关联线索 / the household of a pending lead */
export type LinkPendingLeadInput = {
  /** 农户ID / the household, registered since */
  householdId: string;
  /** 待关联线索ID / pending lead */
  pendingLeadId: string;
  /** 版本 / version read */
  version: number;
};

/** 回头看 / a look back at an eliminated case (附件4) */
export type LookBackInput = {
  /** 集中排查ID / campaign */
  campaignId: string;
  /** 监测对象ID / a RISK_ELIMINATED case, not yet looked back at in the campaign */
  caseId: string;
  /** 日期 / day, within the campaign, not in the future and not before the case was eliminated */
  checkedOn: string;
  /** 客户端键 / a key the client makes for this record (e.g. a UUID, kept with the draft): sent again with the same key and content, the record is written once and answered again; other content under a used key is a CONFLICT */
  clientKey?: string | null | undefined;
  /** 风险消除是否稳定 / elimination stable */
  eliminationStable: boolean;
  /** 三保障及饮水安全是否持续巩固 / guarantees still secured */
  guaranteesSecured: boolean;
  /** 收入是否持续稳定 / income stable */
  incomeStable: boolean;
  /** 帮扶措施是否落实 / measures done */
  measuresDone: boolean;
  /** 是否需要清退 / needs clearance */
  needsClearance: boolean;
  /** 是否需要重新标注 / needs re-marking */
  needsRemarking: boolean;
  /** 备注 / note */
  note?: string | null | undefined;
};

/** 帮扶措施类别 / measure category (the ten measures) */
export type MeasureCategory =
  /** 残疾人 / disability */
  | 'DISABILITY'
  /** 教育 / education */
  | 'EDUCATION'
  /** 就业 / employment */
  | 'EMPLOYMENT'
  /** 金融（小额信贷） / finance (microcredit) */
  | 'FINANCE'
  /** 健康 / health */
  | 'HEALTH'
  /** 危房改造 / housing renovation */
  | 'HOUSING'
  /** 产业 / industry */
  | 'INDUSTRY'
  /** 扶志扶智 / motivation and skills */
  | 'MOTIVATION'
  /** 社会帮扶 / social assistance */
  | 'SOCIAL'
  /** 低保救助 / subsistence support */
  | 'SUBSISTENCE';

/** 帮扶措施备案 / the measures filed with the county */
export type MeasureFilingInput = {
  /** 监测对象ID / case */
  caseId: string;
  /** 备案日期 / filed on (not before the notice ended, not in the future) */
  filedOn: string;
  /** 说明 / note (the filing's reference) */
  note?: string | null | undefined;
  /** 版本 / version read */
  version: number;
};

/** 帮扶措施评议公示 / the village's appraisal of the household's measures, and their notice */
export type MeasureNoticeInput = {
  /** 监测对象ID / case */
  caseId: string;
  /** 公示结束 / notice end (after the start, not in the future) */
  endOn: string;
  /** 评议日期 / appraised on (not before the lead, not in the future) */
  heldOn: string;
  /** 说明 / how objections were handled (required when there were any) */
  note?: string | null | undefined;
  /** 异议数 / objections received */
  objections: number;
  /** 参会人数 / participants */
  participants: number;
  /** 公示开始 / notice start (not before the appraisal) */
  startOn: string;
  /** 版本 / version read */
  version: number;
};

/** 措施状态 / measure status */
export type MeasureStatus =
  /** 已取消 / cancelled */
  | 'CANCELLED'
  /** 已完成 / completed */
  | 'COMPLETED'
  /** 实施中 / in progress */
  | 'IN_PROGRESS'
  /** 计划 / planned */
  | 'PLANNED';

/** 研判农户 / a household discussed */
export type MeetingHouseholdInput = {
  /** 监测对象ID / the household's case the decision moved */
  caseId?: string | null | undefined;
  /** 研判结论 / the decision, at most 500 characters */
  decision?: string | null | undefined;
  /** 农户ID / the household */
  householdId: string;
  /** 风险线索ID / the household's lead the decision raised */
  leadId?: string | null | undefined;
};

/** 成员信息 / a member's details */
export type MemberDetailsInput = {
  /** 残疾等级 / disability grade 1–4; with disabilityType */
  disabilityGrade?: number | null | undefined;
  /** 残疾类别 / disability type; with disabilityGrade */
  disabilityType?: DisabilityType | null | undefined;
  /** 务工状况 / employment */
  employmentType?: EmploymentType | null | undefined;
  /** 健康状况 / health */
  health: Health;
  /** 身份证号 / 18-character ID number (GB 11643) */
  idNumber: string;
  /** 劳动能力 / labour capacity */
  labourCapacity: LabourCapacity;
  /** 参加医保 / medical insurance */
  medicalInsurance: boolean;
  /** 务工月数 / months worked, 0–12 */
  monthsWorked?: number | null | undefined;
  /** 姓名 / name, at most 50 characters */
  name: string;
  /** 在校生状况 / schooling stage */
  schoolingStage?: SchoolingStage | null | undefined;
};

/** 迁移农户 / move a household */
export type MoveHouseholdInput = {
  /** 目标村组网格 / the group grid to move to */
  groupCode: string;
  /** 农户ID / household */
  id: string;
  /** 版本 / version read */
  version: number;
};

/** 十必访 / must-visit category */
export type MustVisitCategory =
  /** 突发意外事故户 / accident */
  | 'ACCIDENT'
  /** 残疾人家庭 / disability */
  | 'DISABILITY'
  /** 受灾户 / disaster */
  | 'DISASTER'
  /** 大病慢病家庭 / serious or chronic illness */
  | 'ILLNESS'
  /** 失能半失能人员 / incapacitated member */
  | 'INCAPACITATED'
  /** 产业发展失败户 / failed farming or business */
  | 'INDUSTRY_FAILURE'
  /** 低收入家庭 / low income */
  | 'LOW_INCOME'
  /** 涉诉涉访户 / petitions */
  | 'PETITION'
  /** 在校大学生家庭 / university student */
  | 'UNIVERSITY_STUDENT'
  /** 务工就业不稳户 / unstable work */
  | 'UNSTABLE_WORK';

/** 负面清单比对 / the negative list compared at the township's check */
export type NegativeListInput = {
  /** 适用项 / the items that apply, [] when none */
  items: Array<NegativeListItem>;
  /** 认定理由 / with any item: how the household's 两不愁三保障 is really at risk, so that it is identified all the same */
  reason?: string | null | undefined;
};

/** 负面清单 / what usually keeps a household out of monitoring (seed 000 第三条) */
export type NegativeListItem =
  /** 经营公司或个体工商户 / runs a company or business */
  | 'BUSINESS'
  /** 其他 / other */
  | 'OTHER'
  /** 拥有非营运机动车 / a private motor vehicle */
  | 'PRIVATE_VEHICLE'
  /** 家庭成员有财政供养人员 / a member paid from public funds */
  | 'PUBLIC_EMPLOYEE'
  /** 在城镇购有商品房或门面房 / a flat or shop bought in town */
  | 'URBAN_PROPERTY';

/** 补充预警情况 / what the village knows */
export type NoteWarningInput = {
  /** 客户端键 / a key the client makes for this record (e.g. a UUID, kept with the draft): sent again with the same key and content, the record is written once and answered again; other content under a used key is a CONFLICT */
  clientKey?: string | null | undefined;
  /** 补充情况 / at most 1000 characters */
  note: string;
  /** 预警ID / warning */
  warningId: string;
};

/** 公示 / notice */
export type NoticeInput = {
  /** 监测对象ID / case */
  caseId: string;
  /** 公示结束 / end (over, not in the future) */
  endOn: string;
  /** 佐证材料 / ids of the caller's pending uploads (POST /attachments) that this step rests on; see availableActions for which it asks */
  files?: Array<string> | null | undefined;
  /** 说明 / how objections were handled (required when there were any) */
  note?: string | null | undefined;
  /** 异议数 / objections received */
  objections: number;
  /** 公示开始 / start */
  startOn: string;
  /** 版本 / version read */
  version: number;
};

/** 待关联线索状态 / pending lead status */
export type PendingLeadStatus =
  /** 已关联 / linked: a lead was raised */
  | 'LINKED'
  /** 待关联 / waiting for the household */
  | 'WAITING';

/** 制定帮扶措施 / a measure for an active case */
export type PlanMeasureInput = {
  /** 监测对象ID / case */
  caseId: string;
  /** 类别 / category */
  category: MeasureCategory;
  /** 客户端键 / a key the client makes for this record (e.g. a UUID, kept with the draft): sent again with the same key and content, the record is written once and answered again; other content under a used key is a CONFLICT */
  clientKey?: string | null | undefined;
  /** 内容 / content */
  content: string;
  /** 资金 / funds (yuan, not negative) */
  funds: Yuan;
  /** 成员ID / member of the case's household, if the measure is for one person */
  memberId?: string | null | undefined;
  /** 计划完成日期 / planned completion */
  plannedCompletion: string;
  /** 责任人 / responsible cadre */
  responsibleCadre: string;
  /** 责任单位 / responsible department */
  responsibleDepartment: string;
};

/** 问题类型 / the eight rows of the problem list (附件6) */
export type ProblemCategory =
  /** 数据质量方面 / data quality */
  | 'DATA_QUALITY'
  /** 网格员管理及日常排查方面 / grid worker management and routine inspection */
  | 'GRID_MANAGEMENT'
  /** 两不愁三保障和饮水安全方面 / food, clothing, education, medical care, housing, water */
  | 'GUARANTEES'
  /** 收入未稳定达标方面 / income not stably above the line */
  | 'INCOME_NOT_STABLE'
  /** 应纳未纳、体外循环方面 / not included though due, monitored outside the system */
  | 'NOT_INCLUDED'
  /** 其他方面 / other */
  | 'OTHER'
  /** 信访舆情方面 / petitions and public opinion */
  | 'PETITION_OPINION'
  /** 帮扶政策落实方面 / policy implementation */
  | 'POLICY_IMPLEMENTATION';

/** 问题筛选 / problem filter */
export type ProblemFilter = {
  /** 集中排查ID / only problems of this campaign */
  campaignId?: string | null | undefined;
  /** 类型 / category */
  category?: ProblemCategory | null | undefined;
  /** 网格 / problems under this grid */
  gridCode?: string | null | undefined;
  /** 逾期 / true: only problems not verified and past their deadline */
  overdue?: boolean | null | undefined;
  /** 状态 / status */
  status?: ProblemStatus | null | undefined;
};

/** 问题状态 / problem status */
export type ProblemStatus =
  /** 待整改 / open */
  | 'OPEN'
  /** 已整改待销号 / rectified, waiting for verification */
  | 'RECTIFIED'
  /** 已销号 / verified */
  | 'VERIFIED';

/** 列入问题清单 / a finding raised as a problem */
export type RaiseFindingProblemInput = {
  /** 集中排查ID / the campaign that found it */
  campaignId?: string | null | undefined;
  /** 完成时限 / deadline, not before today */
  deadline: string;
  /** 问题类型 / the finding's kind */
  kind: FindingKind;
  /** 整改措施 / measure */
  measure: string;
  /** 认领网格 / the grid that answers for it: the household's village (default), township or county */
  ownerGridCode?: string | null | undefined;
  /** 记录 / the finding's recordId */
  recordId: string;
  /** 责任人 / responsible person */
  responsiblePerson: string;
};

/** 提出问题 / raise a problem: give exactly one of gridCode, householdId and caseId */
export type RaiseProblemInput = {
  /** 集中排查ID / the campaign that found it */
  campaignId?: string | null | undefined;
  /** 监测对象ID / a case */
  caseId?: string | null | undefined;
  /** 类型 / category */
  category: ProblemCategory;
  /** 客户端键 / a key the client makes for this record (e.g. a UUID, kept with the draft): sent again with the same key and content, the record is written once and answered again; other content under a used key is a CONFLICT */
  clientKey?: string | null | undefined;
  /** 完成时限 / deadline, not before today */
  deadline: string;
  /** 责任部门 / the department whose problem it is (a department's own problems are its own without it) */
  department?: Department | null | undefined;
  /** 具体问题 / description, at most 1000 characters */
  description: string;
  /** 网格编码 / a grid */
  gridCode?: string | null | undefined;
  /** 农户ID / a household */
  householdId?: string | null | undefined;
  /** 整改措施 / measure */
  measure: string;
  /** 责任人 / responsible person */
  responsiblePerson: string;
};

/** 记录类别 / the records the change feed follows */
export type RecordKind =
  /** 监测对象 / a case */
  | 'CASE'
  /** 农户 / a household */
  | 'HOUSEHOLD'
  /** 帮扶措施 / a measure */
  | 'MEASURE'
  /** 家庭成员 / a member of a household */
  | 'MEMBER'
  /** 走访 / a visit */
  | 'VISIT';

/** 整改 / rectification */
export type RectifyProblemInput = {
  /** 问题ID / problem */
  problemId: string;
  /** 整改情况 / what was done */
  rectification: string;
  /** 整改日期 / day (not in the future) */
  rectifiedOn: string;
  /** 版本 / version read */
  version: number;
};

/** 登记农户 / register a household */
export type RegisterHouseholdInput = {
  /** 住址 / address, at most 200 characters */
  address: string;
  /** 脱贫年度 / year of alleviation; required for ALLEVIATED */
  alleviationYear?: number | null | undefined;
  /** 户类型 / category */
  category: HouseholdCategory;
  /** 客户端键 / a key the client makes for this record (e.g. a UUID, kept with the draft): sent again with the same key and content, the record is written once and answered again; other content under a used key is a CONFLICT; not read in reportLead's newHousehold, which the lead's key covers */
  clientKey?: string | null | undefined;
  /** 特困供养 / extreme-poverty support */
  extremePovertySupport?: boolean | null | undefined;
  /** 村组网格编码 / the group grid (14 digits) */
  groupCode: string;
  /** 户主 / the head (relation is HEAD) */
  head: MemberDetailsInput;
  /** 低保户 / minimum living allowance */
  lowIncomeSupport?: boolean | null | undefined;
  /** 联系电话 / mobile number */
  phone?: string | null | undefined;
  /** 易地搬迁户 / moved by the relocation programme */
  relocated?: boolean | null | undefined;
};

/** 与户主关系 / relation to the head of the household */
export type Relation =
  /** 子女 / child */
  | 'CHILD'
  /** 儿媳/女婿 / child-in-law */
  | 'CHILD_IN_LAW'
  /** 孙辈 / grandchild */
  | 'GRANDCHILD'
  /** 祖父母 / grandparent */
  | 'GRANDPARENT'
  /** 户主 / head */
  | 'HEAD'
  /** 其他 / other */
  | 'OTHER'
  /** 父母 / parent */
  | 'PARENT'
  /** 兄弟姐妹 / sibling */
  | 'SIBLING'
  /** 配偶 / spouse */
  | 'SPOUSE';

/** 删除成员 / remove a member */
export type RemoveMemberInput = {
  /** 成员ID / member */
  id: string;
  /** 版本 / version read */
  version: number;
};

/** 报告线索 / report a lead; give householdId, or newHousehold for a household not yet registered */
export type ReportLeadInput = {
  /** 设备时间 / when the device says this was done (kept beside the server's time of receipt); at most 5 minutes ahead, at most 30 days ago */
  actedAt?: string | null | undefined;
  /** 客户端键 / a key the client makes for this record (e.g. a UUID, kept with the draft): sent again with the same key and content, the record is written once and answered again; other content under a used key is a CONFLICT */
  clientKey?: string | null | undefined;
  /** 情况描述 / description, at most 1000 characters */
  description: string;
  /** 农户ID / household */
  householdId?: string | null | undefined;
  /** 新农户 / register this household first */
  newHousehold?: RegisterHouseholdInput | null | undefined;
  /** 风险类型 / at least one */
  riskTypes: Array<RiskType>;
  /** 来源 / CADRE_INSPECTION, HOTLINE_PETITION or MEDIA */
  source: LeadSource;
};

/** 风险类型 / risk type */
export type RiskType =
  /** 因意外事故 / accident */
  | 'ACCIDENT'
  /** 扶贫资产监管不善 / poverty-alleviation assets poorly managed (seed 001) */
  | 'ASSET_MISMANAGEMENT'
  /** 因残 / disability */
  | 'DISABILITY'
  /** 因灾 / disaster */
  | 'DISASTER'
  /** 饮水安全 / unsafe drinking water */
  | 'DRINKING_WATER_UNSAFE'
  /** 因学 / education costs */
  | 'EDUCATION'
  /** 刚性支出大 / high rigid expenditure */
  | 'HIGH_RIGID_EXPENDITURE'
  /** 住房安全 / unsafe housing */
  | 'HOUSING_UNSAFE'
  /** 因病 / illness */
  | 'ILLNESS'
  /** 收入骤减 / sudden income drop */
  | 'INCOME_DROP'
  /** 因产业失败 / failed farming or business */
  | 'INDUSTRY_FAILURE'
  /** 缺劳动力 / lack of labour */
  | 'LABOR_SHORTAGE'
  /** 小额信贷逾期 / overdue micro-credit (seed 001) */
  | 'MICRO_CREDIT_OVERDUE'
  /** 其他 / other */
  | 'OTHER'
  /** 政策衔接 / risk from the transition of policies (seed 001) */
  | 'POLICY_TRANSITION'
  /** 因务工就业不稳 / unstable employment */
  | 'UNSTABLE_EMPLOYMENT';

/** 角色 / realm role */
export type Role =
  /** 督查审计 / auditor */
  | 'AUDITOR'
  /** 县级干部 / county officer */
  | 'COUNTY_OFFICER'
  /** 行业部门 / department (person or system) */
  | 'DEPARTMENT'
  /** 网格管理员 / grid administrator */
  | 'GRID_ADMIN'
  /** 网格员 / grid worker */
  | 'GRID_WORKER'
  /** 农户 / resident */
  | 'RESIDENT'
  /** 乡镇干部 / township officer */
  | 'TOWNSHIP_OFFICER'
  /** 村干部 / village cadre */
  | 'VILLAGE_CADRE';

/** 回退申请 / the township's written application for a rollback */
export type RollbackApplicationInput = {
  /** 申请日期 / applied on (not in the future, not before the lead) */
  appliedOn: string;
  /** 监测对象ID / case */
  caseId: string;
  /** 申请内容 / what the application says, at most 1000 characters */
  note: string;
  /** 原因 / reason */
  reason: RollbackReason;
  /** 版本 / version read */
  version: number;
};

/** 回退原因 / rollback reason */
export type RollbackReason =
  /** 整户无劳动力 / the whole household has no labour */
  | 'NO_LABOUR'
  /** 风险消除不稳定 / elimination proved unstable */
  | 'UNSTABLE';

/** 在校生状况 / schooling stage */
export type SchoolingStage =
  /** 初中 / junior secondary */
  | 'JUNIOR_SECONDARY'
  /** 学前 / preschool */
  | 'PRESCHOOL'
  /** 小学 / primary */
  | 'PRIMARY'
  /** 高中 / senior secondary */
  | 'SENIOR_SECONDARY'
  /** 大学 / university */
  | 'UNIVERSITY'
  /** 中职/高职 / vocational */
  | 'VOCATIONAL';

/** 办理障碍代码 / the rules that refuse a step whatever its input */
export type StepBlockerCode =
  /** 已公告 / the announcement is made once */
  | 'ALREADY_ANNOUNCED'
  /** 监测对象已结束 / the case is closed */
  | 'CASE_CLOSED'
  /** 仅限监测联系人 / only the case's contact cadre reports the elimination standard reached */
  | 'CONTACT_CADRE_ONLY'
  /** 风险消除条件未满足 / a condition of elimination is not met (see check) */
  | 'ELIMINATION_CONDITION'
  /** 已备案 / the measures last posted are filed already */
  | 'MEASURES_FILED'
  /** 尚无书面申请 / the county decides on the township's written application */
  | 'NO_APPLICATION'
  /** 尚无帮扶措施 / no measure to appraise and post */
  | 'NO_MEASURE'
  /** 尚无措施公示 / the measures are filed once the village posted them */
  | 'NO_MEASURE_NOTICE';

/** 未登记人员 / who the channel named, not registered in the county yet */
export type UnregisteredPersonInput = {
  /** 居住地 / the township or village grid where the person lives */
  gridCode: string;
  /** 身份证号 / ID number, if given */
  idNumber?: string | null | undefined;
  /** 姓名 / name, at most 50 characters */
  name: string;
};

/** 修改农户 / edit a household; omitted fields keep their value */
export type UpdateHouseholdInput = {
  /** 住址 / address */
  address?: string | null | undefined;
  /** 脱贫年度 / year of alleviation */
  alleviationYear?: number | null | undefined;
  /** 户类型 / category */
  category?: HouseholdCategory | null | undefined;
  /** 特困供养 / extreme-poverty support */
  extremePovertySupport?: boolean | null | undefined;
  /** 农户ID / household */
  id: string;
  /** 低保户 / minimum living allowance */
  lowIncomeSupport?: boolean | null | undefined;
  /** 联系电话 / mobile number; empty string clears it */
  phone?: string | null | undefined;
  /** 易地搬迁户 / moved by the relocation programme */
  relocated?: boolean | null | undefined;
  /** 版本 / the version read; a newer one in the database is a CONFLICT */
  version: number;
};

/** 更新帮扶措施 / a measure's progress; fields left out keep their value */
export type UpdateMeasureInput = {
  /** 完成日期 / completed on (with COMPLETED, not in the future) */
  completedOn?: string | null | undefined;
  /** 内容 / content */
  content?: string | null | undefined;
  /** 资金 / funds */
  funds?: Yuan | null | undefined;
  /** 措施ID / measure */
  id: string;
  /** 计划完成日期 / planned completion */
  plannedCompletion?: string | null | undefined;
  /** 状态 / status (PLANNED, IN_PROGRESS or COMPLETED; cancelling is cancelMeasure) */
  status?: MeasureStatus | null | undefined;
  /** 版本 / version read */
  version: number;
};

/** 修改成员 / edit a member; the ID number is not editable (remove and add instead) */
export type UpdateMemberInput = {
  /** 清除残疾信息 / the member is not disabled */
  clearDisability?: boolean | null | undefined;
  /** 残疾等级 / disability grade 1–4 */
  disabilityGrade?: number | null | undefined;
  /** 残疾类别 / disability type; clear both type and grade with clearDisability */
  disabilityType?: DisabilityType | null | undefined;
  /** 务工状况 / employment */
  employmentType?: EmploymentType | null | undefined;
  /** 健康状况 / health */
  health?: Health | null | undefined;
  /** 成员ID / member */
  id: string;
  /** 劳动能力 / labour capacity */
  labourCapacity?: LabourCapacity | null | undefined;
  /** 参加医保 / medical insurance */
  medicalInsurance?: boolean | null | undefined;
  /** 务工月数 / months worked */
  monthsWorked?: number | null | undefined;
  /** 姓名 / name */
  name?: string | null | undefined;
  /** 与户主关系 / relation (not HEAD) */
  relation?: Relation | null | undefined;
  /** 在校生状况 / schooling stage */
  schoolingStage?: SchoolingStage | null | undefined;
  /** 版本 / version read */
  version: number;
};

/** 核查/验收 / township check */
export type VerificationInput = {
  /** 监测对象ID / case */
  caseId: string;
  /** 核查人 / who checked */
  checkedBy: string;
  /** 佐证材料 / ids of the caller's pending uploads (POST /attachments) that this step rests on; see availableActions for which it asks */
  files?: Array<string> | null | undefined;
  /** 核查情况 / findings */
  findings: string;
  /** 负面清单比对 / recordVerification only, required when passed (seed 000 第三条): the negative-list items that apply to the household, [] when none; with any, the reason it is identified all the same */
  negativeList?: NegativeListInput | null | undefined;
  /** 是否通过 / passed; a verification not passed rejects the case with the findings as reason (seed 001: only a qualifying case goes to the county), an acceptance not passed returns it to monitoring */
  passed?: boolean | null | undefined;
  /** 版本 / version read */
  version: number;
};

/** 对账销号 / verification */
export type VerifyProblemInput = {
  /** 说明 / note (required when not passed) */
  note?: string | null | undefined;
  /** 是否通过 / passed: verified; not passed: reopened */
  passed: boolean;
  /** 问题ID / problem */
  problemId: string;
  /** 销号日期 / day (not in the future) */
  verifiedOn: string;
  /** 版本 / version read */
  version: number;
};

/** 核实预警 / the township's verification */
export type VerifyWarningInput = {
  /** 监测对象类型 / when confirmed: the type of the case to open (ignored when the household's case is active) */
  caseType?: CaseType | null | undefined;
  /** 属实 / whether the risk is real */
  confirmed: boolean;
  /** 帮扶说明 / help given anyway for a real difficulty that does not qualify */
  helpNote?: string | null | undefined;
  /** 说明 / findings; required when not confirmed */
  note?: string | null | undefined;
  /** 版本 / version read */
  version: number;
  /** 预警ID / warning */
  warningId: string;
};

/** 村级会议 / a meeting to record */
export type VillageMeetingInput = {
  /** 参会人数 / people attending, 1 to 200 */
  attendance: number;
  /** 参会人员 / names of those attending, at most 50 (optional) */
  attendees?: Array<string> | null | undefined;
  /** 客户端键 / a key the client made for this meeting (8-64 letters, digits, '-' or '_', e.g. a UUID): a retry records it once */
  clientKey?: string | null | undefined;
  /** 会议日期 / day held, not in the future nor more than a year ago */
  heldOn: string;
  /** 研判农户 / the households discussed, each once, at most 100, all of the village */
  households: Array<MeetingHouseholdInput>;
  /** 类别 / kind */
  kind: VillageMeetingKind;
  /** 会议纪要 / note, at most 2000 characters */
  note?: string | null | undefined;
  /** 村 / the village's 12-digit grid code */
  villageCode: string;
};

/** 会议类别 / kind of village meeting */
export type VillageMeetingKind =
  /** 驻村工作队月度会议 / the monthly meeting of the village work team (seed 003: 一月一精准评估) */
  | 'MONTHLY_WORK_TEAM'
  /** 其他 / another meeting of the village */
  | 'OTHER'
  /** 每周四研判 / the weekly Thursday judgment of the week's risky households (seed 004) */
  | 'WEEKLY_JUDGMENT';

/** 走访 / a visit and the guarantees it assessed */
export type VisitInput = {
  /** 设备时间 / when the device says this was done (kept beside the server's time of receipt); at most 5 minutes ahead, at most 30 days ago */
  actedAt?: string | null | undefined;
  /** 客户端键 / a key the client makes for this record (e.g. a UUID, kept with the draft): sent again with the same key and content, the record is written once and answered again; other content under a used key is a CONFLICT */
  clientKey?: string | null | undefined;
  /** 保障评估 / guarantees assessed, each at most once */
  guarantees?: Array<GuaranteeInput> | null | undefined;
  /** 农户ID / household */
  householdId: string;
  /** 方式 / method */
  method: VisitMethod;
  /** 备注 / note */
  note?: string | null | undefined;
  /** 政策知晓 / the household knows the policies */
  policyAware: boolean;
  /** 发现风险 / risk found */
  riskFound: boolean;
  /** 风险情况 / what risk (required when found) */
  riskNote?: string | null | undefined;
  /** 走访时间 / when (not in the future) */
  visitedAt: string;
};

/** 走访方式 / visit method */
export type VisitMethod =
  /** 入户 / in person */
  | 'IN_PERSON'
  /** 其他 / other */
  | 'OTHER'
  /** 电话 / phone */
  | 'PHONE'
  /** 微信 / WeChat */
  | 'WECHAT';

/** 预警状态 / warning status */
export type WarningStatus =
  /** 已关闭 / unmatched, closed by the county with a reason */
  | 'CLOSED'
  /** 属实 / confirmed: in the procedure */
  | 'CONFIRMED'
  /** 不属实 / not confirmed */
  | 'NOT_CONFIRMED'
  /** 待乡镇核实 / waiting for the township's verification */
  | 'PENDING_VERIFICATION'
  /** 未匹配 / no such person in the county */
  | 'UNMATCHED'
  /** 已撤回 / withdrawn by its department before verification */
  | 'WITHDRAWN';

/** 待办类别 / kind of work */
export type WorkKind =
  /** 联系人走访 / a household whose contact cadre I am, due its monthly visit 30 days after the latest (seed 003): mine alone, escalated to nobody */
  | 'CONTACT_VISIT'
  /** 认定程序待办 / a step of identification: late after the 15 days from the lead's receipt */
  | 'IDENTIFICATION_STEP'
  /** 待研判线索 / an open lead waiting for the village's decision: late after 7 days (seed 004: the village weighs new risks weekly) */
  | 'LEAD_DECISION'
  /** 帮扶措施到期 / an open measure due within a week: late after its planned completion */
  | 'MEASURE_DUE';

export type AcceptEliminationMutationVariables = Exact<{
  input: VerificationInput;
}>;


export type AcceptEliminationMutation = { acceptElimination: { case: { id: string, version: number, status: CaseStatus, deadline: string, availableActions: Array<{ mutation: string, label: string, files: Array<{ kind: EvidenceKind, label: string, required: boolean }> }>, eliminationBlockers: Array<{ check: EliminationCheck, message: string, liftedBy: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type AcceptLeadMutationVariables = Exact<{
  input: AcceptLeadInput;
}>;


export type AcceptLeadMutation = { acceptLead: { lead: { id: string, version: number, status: LeadStatus, case: { id: string, version: number, status: CaseStatus, deadline: string } | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type AcknowledgeDataQualityFindingMutationVariables = Exact<{
  input: AcknowledgeFindingInput;
}>;


export type AcknowledgeDataQualityFindingMutation = { acknowledgeDataQualityFinding: { finding: { kind: FindingKind, recordId: string, ownerGridCode: string, acknowledgement: { judgement: FindingJudgement, reason: string, judgedBy: string, judgedOn: string, current: boolean } | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type AddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type AddMemberMutation = { addMember: { member: { id: string, name: string, idNumber: string | null, relation: Relation, gender: Gender, birthDate: string | null, health: Health | null, disabilityType: DisabilityType | null, disabilityGrade: number | null, labourCapacity: LabourCapacity, schoolingStage: SchoolingStage | null, employmentType: EmploymentType | null, monthsWorked: number | null, medicalInsurance: boolean, version: number, household: { id: string, population: number, version: number } } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type ApplyForClearanceMutationVariables = Exact<{
  input: ClearanceApplicationInput;
}>;


export type ApplyForClearanceMutation = { applyForClearance: { case: { id: string, version: number, status: CaseStatus, deadline: string, availableActions: Array<{ mutation: string, label: string, files: Array<{ kind: EvidenceKind, label: string, required: boolean }> }>, eliminationBlockers: Array<{ check: EliminationCheck, message: string, liftedBy: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type ApplyForRollbackMutationVariables = Exact<{
  input: RollbackApplicationInput;
}>;


export type ApplyForRollbackMutation = { applyForRollback: { case: { id: string, version: number, status: CaseStatus, deadline: string, availableActions: Array<{ mutation: string, label: string, files: Array<{ kind: EvidenceKind, label: string, required: boolean }> }>, eliminationBlockers: Array<{ check: EliminationCheck, message: string, liftedBy: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type AssignContactCadreMutationVariables = Exact<{
  input: ContactCadreInput;
}>;


export type AssignContactCadreMutation = { assignContactCadre: { case: { id: string, version: number, status: CaseStatus, deadline: string, availableActions: Array<{ mutation: string, label: string, files: Array<{ kind: EvidenceKind, label: string, required: boolean }> }>, eliminationBlockers: Array<{ check: EliminationCheck, message: string, liftedBy: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type AttachEvidenceMutationVariables = Exact<{
  input: AttachEvidenceInput;
}>;


export type AttachEvidenceMutation = { attachEvidence: { files: Array<{ id: string, kind: EvidenceKind, kindLabel: string, fileName: string, contentType: string, size: number, uploaderName: string, uploadedAt: string, attachedAt: string | null, downloadUrl: string | null, thumbnailUrl: string | null }>, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type BindResidentAccountMutationVariables = Exact<{
  input: BindResidentAccountInput;
}>;


export type BindResidentAccountMutation = { bindResidentAccount: { member: { id: string, name: string, relation: Relation, household: { id: string, householdNumber: string } } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type CampaignCoverageQueryVariables = Exact<{
  campaignId: string;
  gridCode: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CampaignCoverageQuery = { campaignCoverage: { gridCode: string, households: number, inspected: number, notInspected: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, householdNumber: string, address: string, head: { name: string } | null } }> } } };

export type CampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignsQuery = { campaigns: Array<{ id: string, name: string, startsOn: string, endsOn: string, incomeLine: Yuan, grids: Array<{ code: string, name: string }> }> };

export type CancelMeasureMutationVariables = Exact<{
  input: CancelMeasureInput;
}>;


export type CancelMeasureMutation = { cancelMeasure: { measure: { id: string, category: MeasureCategory, content: string, responsibleDepartment: string, responsibleCadre: string, funds: Yuan, plannedCompletion: string, status: MeasureStatus, completedOn: string | null, version: number, member: { id: string, name: string } | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type CaseEvidenceQueryVariables = Exact<{
  id: string;
}>;


export type CaseEvidenceQuery = { case: { id: string, version: number, status: CaseStatus, files: Array<{ id: string, kind: EvidenceKind, kindLabel: string, fileName: string, contentType: string, size: number, uploaderName: string, uploadedAt: string, attachedAt: string | null, downloadUrl: string | null, thumbnailUrl: string | null }>, measures: Array<{ id: string, category: MeasureCategory, content: string, files: Array<{ id: string, kind: EvidenceKind, kindLabel: string, fileName: string, contentType: string, size: number, uploaderName: string, uploadedAt: string, attachedAt: string | null, downloadUrl: string | null, thumbnailUrl: string | null }> }>, household: { id: string, visits: Array<{ id: string, visitedAt: string, method: VisitMethod, visitorName: string, files: Array<{ id: string, kind: EvidenceKind, kindLabel: string, fileName: string, contentType: string, size: number, uploaderName: string, uploadedAt: string, attachedAt: string | null, downloadUrl: string | null, thumbnailUrl: string | null }> }> } } | null };

export type CasePageQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CasePageQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, status: CaseStatus, type: CaseType, riskTypes: Array<RiskType>, overdue: boolean, daysToDeadline: number | null, household: { id: string, householdNumber: string, head: { name: string } | null }, contactCadre: { name: string } | null } }> } };

export type CaseScreenQueryVariables = Exact<{
  id: string;
}>;


export type CaseScreenQuery = { case: { id: string, version: number, status: CaseStatus, type: CaseType, riskTypes: Array<RiskType>, deadline: string, daysToDeadline: number | null, overdue: boolean, identifiedLate: boolean, daysLate: number, household: { id: string, householdNumber: string, address: string }, availableActions: Array<{ mutation: string, label: string, outcomes: Array<CaseStatus>, files: Array<{ kind: EvidenceKind, label: string, required: boolean }> }>, blockedActions: Array<{ mutation: string, label: string, outcomes: Array<CaseStatus>, blockers: Array<{ code: StepBlockerCode, check: EliminationCheck | null, message: string, liftedBy: string }> }>, nextSteps: Array<{ label: string, takenBy: Array<Role> }>, eliminationBlockers: Array<{ check: EliminationCheck, message: string, liftedBy: string }> | null, contactCadre: { name: string, phone: string | null } | null, measures: Array<{ id: string, category: MeasureCategory, content: string, status: MeasureStatus, plannedCompletion: string, completedOn: string | null, version: number }>, files: Array<{ id: string, kind: EvidenceKind, kindLabel: string, fileName: string, uploaderName: string, uploadedAt: string, thumbnailUrl: string | null, downloadUrl: string | null }>, timeline: Array<{ occurredAt: string, action: CaseAction, actorName: string, actorRoles: Array<Role>, fromStatus: CaseStatus | null, toStatus: CaseStatus, note: string | null }> } | null };

export type CasesAwaitingMyActionQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CasesAwaitingMyActionQuery = { casesAwaitingMyAction: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, status: CaseStatus, type: CaseType, overdue: boolean, daysToDeadline: number | null, household: { id: string, householdNumber: string, head: { name: string } | null }, nextSteps: Array<{ label: string }> } }> } };

export type ConcludeInspectionMutationVariables = Exact<{
  input: InspectionConclusionInput;
}>;


export type ConcludeInspectionMutation = { concludeInspection: { inspection: { id: string, version: number, inspectorName: string, method: VisitMethod, inspectedOn: string, riskFound: boolean, policyAware: boolean, familySituation: string | null, note: string | null, conclusion: InspectionConclusion | null, concludedOn: string | null, concludedBy: string | null, household: { id: string, householdNumber: string }, lead: { id: string, status: LeadStatus } | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type CorrectIncomeMutationVariables = Exact<{
  input: CorrectIncomeInput;
}>;


export type CorrectIncomeMutation = { correctIncome: { incomeRecord: { year: number, version: number, netIncome: Yuan, perCapitaNetIncome: Yuan | null, belowIncomeLine: boolean | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type CorrectStepDateMutationVariables = Exact<{
  input: CorrectStepDateInput;
}>;


export type CorrectStepDateMutation = { correctStepDate: { case: { id: string, version: number, status: CaseStatus, availableActions: Array<{ mutation: string, label: string, files: Array<{ kind: EvidenceKind, label: string, required: boolean }> }>, eliminationBlockers: Array<{ check: EliminationCheck, message: string, liftedBy: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type DataQualityFindingsQueryVariables = Exact<{
  gridCode?: string | null | undefined;
  kind?: FindingKind | null | undefined;
  includeSettled?: boolean | null | undefined;
}>;


export type DataQualityFindingsQuery = { dataQualityFindings: Array<{ kind: FindingKind, recordId: string, memberName: string | null, whatToFix: string, otherCountyCodes: Array<string> | null, ownerGridCode: string, deadline: string | null, overdue: boolean, household: { id: string, householdNumber: string, address: string }, otherHouseholds: Array<{ id: string, householdNumber: string }>, acknowledgement: { judgement: FindingJudgement, reason: string, judgedBy: string, judgedOn: string, current: boolean } | null, problem: { id: string, status: ProblemStatus, deadline: string } | null }> };

export type DeclareDifficultyMutationVariables = Exact<{
  input: DeclareDifficultyInput;
}>;


export type DeclareDifficultyMutation = { declareDifficulty: { lead: { id: string, status: LeadStatus, riskTypes: Array<RiskType>, description: string, reportedAt: string } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type DismissLeadMutationVariables = Exact<{
  input: DismissLeadInput;
}>;


export type DismissLeadMutation = { dismissLead: { lead: { id: string, version: number, status: LeadStatus, dismissalReason: string | null, helpNote: string | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type FileMeasuresMutationVariables = Exact<{
  input: MeasureFilingInput;
}>;


export type FileMeasuresMutation = { fileMeasures: { case: { id: string, version: number, status: CaseStatus, availableActions: Array<{ mutation: string, label: string, files: Array<{ kind: EvidenceKind, label: string, required: boolean }> }>, eliminationBlockers: Array<{ check: EliminationCheck, message: string, liftedBy: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type FlagKeyCategoryMutationVariables = Exact<{
  input: KeyCategoryFlagInput;
}>;


export type FlagKeyCategoryMutation = { flagKeyCategory: { keyCategories: Array<{ category: KeyCategory, reason: string, flagged: boolean, priority: boolean }> | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type GridChangesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GridChangesQuery = { changes: { edges: Array<{ cursor: string, node: { kind: RecordKind, recordId: string, householdId: string, change: ChangeType, occurredAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type GridWorkersQueryVariables = Exact<{
  code: string;
  role?: Role | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GridWorkersQuery = { grid: { code: string, name: string, workers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { username: string, name: string, roles: Array<Role>, phone: string | null } }> } } | null };

export type HouseholdDetailQueryVariables = Exact<{
  id: string;
}>;


export type HouseholdDetailQuery = { household: { id: string, householdNumber: string, address: string, category: HouseholdCategory, alleviationYear: number | null, phone: string | null, population: number, relocated: boolean, version: number, mustVisit: Array<MustVisitCategory>, grid: { code: string, name: string }, members: Array<{ id: string, name: string, idNumber: string | null, relation: Relation, gender: Gender, birthDate: string | null, health: Health | null, disabilityType: DisabilityType | null, disabilityGrade: number | null, labourCapacity: LabourCapacity, schoolingStage: SchoolingStage | null, employmentType: EmploymentType | null, monthsWorked: number | null, medicalInsurance: boolean, version: number }>, guarantees: Array<{ item: GuaranteeItem, state: GuaranteeState, note: string | null }>, latestIncome: { year: number, perCapitaNetIncome: Yuan | null, belowIncomeLine: boolean | null } | null, visits: Array<{ visitorName: string, method: VisitMethod, visitedAt: string, riskFound: boolean, guarantees: Array<{ item: GuaranteeItem, state: GuaranteeState }> }>, activeCase: { id: string, status: CaseStatus, type: CaseType, riskTypes: Array<RiskType>, deadline: string, overdue: boolean, contactCadre: { name: string, phone: string | null } | null } | null } | null };

export type HouseholdIncomeQueryVariables = Exact<{
  id: string;
}>;


export type HouseholdIncomeQuery = { household: { id: string, householdNumber: string, population: number, incomeRecords: Array<{ year: number, version: number, wageIncome: Yuan, operatingIncome: Yuan, propertyIncome: Yuan, transferIncome: Yuan, productiveExpenditure: Yuan, medicalExpenditure: Yuan, educationExpenditure: Yuan, otherRigidExpenditure: Yuan, netIncome: Yuan, perCapitaNetIncome: Yuan | null, belowIncomeLine: boolean | null, incomeLine: { amount: Yuan } | null }> } | null };

export type HouseholdInspectionsQueryVariables = Exact<{
  id: string;
  campaignId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HouseholdInspectionsQuery = { household: { id: string, householdNumber: string, keyCategories: Array<{ category: KeyCategory, reason: string, flagged: boolean, priority: boolean }>, inspections: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, inspectorName: string, method: VisitMethod, inspectedOn: string, riskFound: boolean, policyAware: boolean, familySituation: string | null, note: string | null, conclusion: InspectionConclusion | null, concludedOn: string | null, concludedBy: string | null, files: Array<{ id: string, kind: EvidenceKind, fileName: string, thumbnailUrl: string | null, downloadUrl: string | null }> } }> } } | null };

export type HouseholdMeetingsQueryVariables = Exact<{
  id: string;
}>;


export type HouseholdMeetingsQuery = { household: { id: string, householdNumber: string, meetings: Array<{ id: string, kind: VillageMeetingKind, heldOn: string, attendance: number, note: string | null, recordedBy: string, households: Array<{ decision: string | null, household: { id: string, householdNumber: string }, lead: { id: string, status: LeadStatus } | null, case: { id: string, status: CaseStatus } | null }> }> } | null };

export type HouseholdPageQueryVariables = Exact<{
  filter?: HouseholdFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HouseholdPageQuery = { households: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, householdNumber: string, address: string, category: HouseholdCategory, population: number, grid: { code: string, name: string }, head: { name: string } | null, activeCase: { id: string, status: CaseStatus, overdue: boolean } | null } }> } };

export type InspectionsAwaitingConclusionQueryVariables = Exact<{
  campaignId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InspectionsAwaitingConclusionQuery = { inspectionsAwaitingConclusion: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, inspectorName: string, method: VisitMethod, inspectedOn: string, riskFound: boolean, policyAware: boolean, familySituation: string | null, note: string | null, household: { id: string, householdNumber: string, head: { name: string } | null } } }> } };

export type LeadPageQueryVariables = Exact<{
  status?: LeadStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadPageQuery = { leads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, source: LeadSource, riskTypes: Array<RiskType>, description: string, status: LeadStatus, reportedBy: string, reportedAt: string, household: { id: string, householdNumber: string, head: { name: string } | null }, case: { id: string, status: CaseStatus } | null } }> } };

export type LeadsAwaitingDecisionQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadsAwaitingDecisionQuery = { leadsAwaitingDecision: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, source: LeadSource, riskTypes: Array<RiskType>, description: string, reportedBy: string, reportedAt: string, household: { id: string, householdNumber: string, head: { name: string } | null, activeCase: { id: string, status: CaseStatus } | null } } }> } };

export type LinkPendingLeadMutationVariables = Exact<{
  input: LinkPendingLeadInput;
}>;


export type LinkPendingLeadMutation = { linkPendingLead: { lead: { id: string, version: number, status: LeadStatus, source: LeadSource, channelReference: string | null, receivedOn: string | null, household: { id: string, householdNumber: string } } | null, pending: { id: string, version: number, status: PendingLeadStatus } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { subject: string, name: string, roles: Array<Role>, householdId: string | null, grids: Array<{ code: string, level: GridLevel, name: string | null }> } };

export type MoveHouseholdMutationVariables = Exact<{
  input: MoveHouseholdInput;
}>;


export type MoveHouseholdMutation = { moveHousehold: { household: { id: string, householdNumber: string, address: string, category: HouseholdCategory, alleviationYear: number | null, phone: string | null, population: number, relocated: boolean, version: number, grid: { code: string, name: string }, head: { id: string, name: string, relation: Relation, version: number } | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type MyContactCasesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyContactCasesQuery = { myContactCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, status: CaseStatus, type: CaseType, riskTypes: Array<RiskType>, overdue: boolean, household: { id: string, householdNumber: string, address: string, head: { name: string } | null } } }> } };

export type MyHouseholdQueryVariables = Exact<{
  id: string;
}>;


export type MyHouseholdQuery = { household: { id: string, householdNumber: string, address: string, population: number, members: Array<{ id: string, name: string, relation: Relation, idNumber: string | null }>, leads: Array<{ id: string, source: LeadSource, riskTypes: Array<RiskType>, description: string, status: LeadStatus, dismissalReason: string | null, helpNote: string | null, reportedAt: string }>, activeCase: { id: string, status: CaseStatus, type: CaseType, riskTypes: Array<RiskType>, deadline: string, nextSteps: Array<{ label: string, takenBy: Array<Role> }>, contactCadre: { name: string, phone: string | null } | null, measures: Array<{ category: MeasureCategory, content: string, status: MeasureStatus, plannedCompletion: string, completedOn: string | null }> } | null } | null };

export type MyOverdueCasesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyOverdueCasesQuery = { myOverdueCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, status: CaseStatus, type: CaseType, deadline: string, household: { id: string, householdNumber: string, head: { name: string } | null }, nextSteps: Array<{ label: string, takenBy: Array<Role> }> } }> } };

export type MyWorkListQueryVariables = Exact<{
  kind?: WorkKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyWorkListQuery = { myWorkList: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: WorkKind, label: string, takenBy: Array<Role>, escalated: boolean, since: string, ageDays: number, dueOn: string, daysLeft: number | null, daysLate: number, household: { id: string, householdNumber: string, head: { name: string } | null }, lead: { id: string, version: number, status: LeadStatus } | null, case: { id: string, version: number, status: CaseStatus } | null } }> } };

export type NoteWarningMutationVariables = Exact<{
  input: NoteWarningInput;
}>;


export type NoteWarningMutation = { noteWarning: { warning: { id: string, version: number, status: WarningStatus, household: { id: string, householdNumber: string } | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type PendingLeadsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PendingLeadsQuery = { pendingLeads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, source: LeadSource, channelReference: string, receivedOn: string, riskTypes: Array<RiskType>, description: string, personName: string, idNumber: string | null, gridCode: string, status: PendingLeadStatus, recordedAt: string } }> } };

export type PlanMeasureMutationVariables = Exact<{
  input: PlanMeasureInput;
}>;


export type PlanMeasureMutation = { planMeasure: { measure: { id: string, category: MeasureCategory, content: string, responsibleDepartment: string, responsibleCadre: string, funds: Yuan, plannedCompletion: string, status: MeasureStatus, completedOn: string | null, version: number, member: { id: string, name: string } | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type ProblemPageQueryVariables = Exact<{
  filter?: ProblemFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProblemPageQuery = { problems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, category: ProblemCategory, description: string, gridCode: string, responsiblePerson: string, deadline: string, overdue: boolean, status: ProblemStatus, household: { id: string, householdNumber: string } | null } }> } };

export type ProposeEliminationMutationVariables = Exact<{
  input: DecisionInput;
}>;


export type ProposeEliminationMutation = { proposeElimination: { case: { id: string, version: number, status: CaseStatus, deadline: string, availableActions: Array<{ mutation: string, label: string, files: Array<{ kind: EvidenceKind, label: string, required: boolean }> }>, eliminationBlockers: Array<{ check: EliminationCheck, message: string, liftedBy: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RaiseDataQualityProblemMutationVariables = Exact<{
  input: RaiseFindingProblemInput;
}>;


export type RaiseDataQualityProblemMutation = { raiseDataQualityProblem: { finding: { kind: FindingKind, recordId: string, ownerGridCode: string, deadline: string | null, overdue: boolean } | null, problem: { id: string, version: number, category: ProblemCategory, description: string, gridCode: string, responsiblePerson: string, measure: string, deadline: string, status: ProblemStatus } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RaiseProblemMutationVariables = Exact<{
  input: RaiseProblemInput;
}>;


export type RaiseProblemMutation = { raiseProblem: { problem: { id: string, version: number, category: ProblemCategory, description: string, gridCode: string, responsiblePerson: string, measure: string, deadline: string, overdue: boolean, status: ProblemStatus, raisedBy: string, raisedOn: string, rectification: string | null, rectifiedBy: string | null, rectifiedOn: string | null, verifiedBy: string | null, verifiedOn: string | null, verificationNote: string | null, household: { id: string, householdNumber: string } | null, case: { id: string, status: CaseStatus } | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RecordAnnouncementMutationVariables = Exact<{
  input: AnnouncementInput;
}>;


export type RecordAnnouncementMutation = { recordAnnouncement: { case: { id: string, version: number, status: CaseStatus, deadline: string, availableActions: Array<{ mutation: string, label: string, files: Array<{ kind: EvidenceKind, label: string, required: boolean }> }>, eliminationBlockers: Array<{ check: EliminationCheck, message: string, liftedBy: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RecordAppraisalMutationVariables = Exact<{
  input: AppraisalInput;
}>;


export type RecordAppraisalMutation = { recordAppraisal: { case: { id: string, version: number, status: CaseStatus, deadline: string, availableActions: Array<{ mutation: string, label: string, files: Array<{ kind: EvidenceKind, label: string, required: boolean }> }>, eliminationBlockers: Array<{ check: EliminationCheck, message: string, liftedBy: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RecordCampaignMeetingMutationVariables = Exact<{
  input: CampaignMeetingInput;
}>;


export type RecordCampaignMeetingMutation = { recordCampaignMeeting: { meeting: { kind: CampaignMeetingKind, gridCode: string, heldOn: string, attendance: number, note: string | null, recordedBy: string } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RecordCaseReviewMutationVariables = Exact<{
  input: CaseReviewInput;
}>;


export type RecordCaseReviewMutation = { recordCaseReview: { caseCheck: { kind: CaseCheckKind, incomeStable: boolean | null, measuresDone: boolean, guaranteesSecured: boolean | null, eliminationStable: boolean | null, needsRemarking: boolean | null, needsClearance: boolean | null, meetsElimination: boolean | null, needsAction: boolean, note: string | null, checkedOn: string, checkedBy: string, case: { id: string, status: CaseStatus } } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RecordChannelLeadMutationVariables = Exact<{
  input: ChannelLeadInput;
}>;


export type RecordChannelLeadMutation = { recordChannelLead: { lead: { id: string, version: number, status: LeadStatus, source: LeadSource, channelReference: string | null, receivedOn: string | null, riskTypes: Array<RiskType>, household: { id: string } } | null, pending: { id: string, version: number, status: PendingLeadStatus, personName: string } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RecordCommitmentMutationVariables = Exact<{
  input: CommitmentInput;
}>;


export type RecordCommitmentMutation = { recordCommitment: { case: { id: string, version: number, status: CaseStatus, deadline: string, availableActions: Array<{ mutation: string, label: string, files: Array<{ kind: EvidenceKind, label: string, required: boolean }> }>, eliminationBlockers: Array<{ check: EliminationCheck, message: string, liftedBy: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RecordEliminationAnnouncementMutationVariables = Exact<{
  input: AnnouncementInput;
}>;


export type RecordEliminationAnnouncementMutation = { recordEliminationAnnouncement: { case: { id: string, version: number, status: CaseStatus, deadline: string, availableActions: Array<{ mutation: string, label: string, files: Array<{ kind: EvidenceKind, label: string, required: boolean }> }>, eliminationBlockers: Array<{ check: EliminationCheck, message: string, liftedBy: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RecordEliminationAppraisalMutationVariables = Exact<{
  input: AppraisalInput;
}>;


export type RecordEliminationAppraisalMutation = { recordEliminationAppraisal: { case: { id: string, version: number, status: CaseStatus, deadline: string, availableActions: Array<{ mutation: string, label: string, files: Array<{ kind: EvidenceKind, label: string, required: boolean }> }>, eliminationBlockers: Array<{ check: EliminationCheck, message: string, liftedBy: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RecordEliminationNoticeMutationVariables = Exact<{
  input: NoticeInput;
}>;


export type RecordEliminationNoticeMutation = { recordEliminationNotice: { case: { id: string, version: number, status: CaseStatus, deadline: string, availableActions: Array<{ mutation: string, label: string, files: Array<{ kind: EvidenceKind, label: string, required: boolean }> }>, eliminationBlockers: Array<{ check: EliminationCheck, message: string, liftedBy: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RecordIncomeMutationVariables = Exact<{
  input: IncomeRecordInput;
}>;


export type RecordIncomeMutation = { recordIncome: { incomeRecord: { year: number, version: number, netIncome: Yuan, perCapitaNetIncome: Yuan | null, belowIncomeLine: boolean | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RecordInspectionMutationVariables = Exact<{
  input: InspectionInput;
}>;


export type RecordInspectionMutation = { recordInspection: { inspection: { id: string, version: number, inspectorName: string, method: VisitMethod, inspectedOn: string, riskFound: boolean, policyAware: boolean, familySituation: string | null, note: string | null, conclusion: InspectionConclusion | null, concludedOn: string | null, concludedBy: string | null, household: { id: string, householdNumber: string }, lead: { id: string, status: LeadStatus } | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RecordKeyHouseholdInspectionMutationVariables = Exact<{
  input: InspectionInput;
}>;


export type RecordKeyHouseholdInspectionMutation = { recordKeyHouseholdInspection: { inspection: { id: string, version: number, inspectorName: string, method: VisitMethod, inspectedOn: string, riskFound: boolean, policyAware: boolean, familySituation: string | null, note: string | null, conclusion: InspectionConclusion | null, concludedOn: string | null, concludedBy: string | null, household: { id: string, householdNumber: string }, lead: { id: string, status: LeadStatus } | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RecordLookBackMutationVariables = Exact<{
  input: LookBackInput;
}>;


export type RecordLookBackMutation = { recordLookBack: { caseCheck: { kind: CaseCheckKind, incomeStable: boolean | null, measuresDone: boolean, guaranteesSecured: boolean | null, eliminationStable: boolean | null, needsRemarking: boolean | null, needsClearance: boolean | null, meetsElimination: boolean | null, needsAction: boolean, note: string | null, checkedOn: string, checkedBy: string, case: { id: string, status: CaseStatus } } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RecordMeasureNoticeMutationVariables = Exact<{
  input: MeasureNoticeInput;
}>;


export type RecordMeasureNoticeMutation = { recordMeasureNotice: { case: { id: string, version: number, status: CaseStatus, availableActions: Array<{ mutation: string, label: string, files: Array<{ kind: EvidenceKind, label: string, required: boolean }> }>, eliminationBlockers: Array<{ check: EliminationCheck, message: string, liftedBy: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RecordNoticeMutationVariables = Exact<{
  input: NoticeInput;
}>;


export type RecordNoticeMutation = { recordNotice: { case: { id: string, version: number, status: CaseStatus, deadline: string, availableActions: Array<{ mutation: string, label: string, files: Array<{ kind: EvidenceKind, label: string, required: boolean }> }>, eliminationBlockers: Array<{ check: EliminationCheck, message: string, liftedBy: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RecordVerificationMutationVariables = Exact<{
  input: VerificationInput;
}>;


export type RecordVerificationMutation = { recordVerification: { case: { id: string, version: number, status: CaseStatus, deadline: string, availableActions: Array<{ mutation: string, label: string, files: Array<{ kind: EvidenceKind, label: string, required: boolean }> }>, eliminationBlockers: Array<{ check: EliminationCheck, message: string, liftedBy: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RecordVillageMeetingMutationVariables = Exact<{
  input: VillageMeetingInput;
}>;


export type RecordVillageMeetingMutation = { recordVillageMeeting: { meeting: { id: string, kind: VillageMeetingKind, villageCode: string, heldOn: string, attendance: number, attendees: Array<string>, note: string | null, recordedBy: string, recordedAt: string, households: Array<{ decision: string | null, household: { id: string, householdNumber: string }, lead: { id: string, status: LeadStatus } | null, case: { id: string, status: CaseStatus } | null }> } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RecordVisitMutationVariables = Exact<{
  input: VisitInput;
}>;


export type RecordVisitMutation = { recordVisit: { visit: { id: string, visitorName: string, method: VisitMethod, visitedAt: string, riskFound: boolean, recordedAt: string, actedAt: string | null, guarantees: Array<{ item: GuaranteeItem, state: GuaranteeState, note: string | null }> } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RectifyProblemMutationVariables = Exact<{
  input: RectifyProblemInput;
}>;


export type RectifyProblemMutation = { rectifyProblem: { problem: { id: string, version: number, category: ProblemCategory, description: string, gridCode: string, responsiblePerson: string, measure: string, deadline: string, overdue: boolean, status: ProblemStatus, raisedBy: string, raisedOn: string, rectification: string | null, rectifiedBy: string | null, rectifiedOn: string | null, verifiedBy: string | null, verifiedOn: string | null, verificationNote: string | null, household: { id: string, householdNumber: string } | null, case: { id: string, status: CaseStatus } | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RegisterHouseholdMutationVariables = Exact<{
  input: RegisterHouseholdInput;
}>;


export type RegisterHouseholdMutation = { registerHousehold: { household: { id: string, householdNumber: string, address: string, category: HouseholdCategory, alleviationYear: number | null, phone: string | null, population: number, relocated: boolean, version: number, grid: { code: string, name: string }, head: { id: string, name: string, relation: Relation, version: number } | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RemoveKeyCategoryFlagMutationVariables = Exact<{
  input: KeyCategoryFlagRemovalInput;
}>;


export type RemoveKeyCategoryFlagMutation = { removeKeyCategoryFlag: { keyCategories: Array<{ category: KeyCategory, reason: string, flagged: boolean, priority: boolean }> | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RemoveMemberMutation = { removeMember: { removedMemberId: string | null, household: { id: string, population: number, version: number } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type ReportEliminationStandardMutationVariables = Exact<{
  input: DecisionInput;
}>;


export type ReportEliminationStandardMutation = { reportEliminationStandard: { case: { id: string, version: number, status: CaseStatus, deadline: string, availableActions: Array<{ mutation: string, label: string, files: Array<{ kind: EvidenceKind, label: string, required: boolean }> }>, eliminationBlockers: Array<{ check: EliminationCheck, message: string, liftedBy: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type ReportLeadMutationVariables = Exact<{
  input: ReportLeadInput;
}>;


export type ReportLeadMutation = { reportLead: { lead: { id: string, version: number, status: LeadStatus, riskTypes: Array<RiskType>, household: { id: string } } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type UpdateHouseholdMutationVariables = Exact<{
  input: UpdateHouseholdInput;
}>;


export type UpdateHouseholdMutation = { updateHousehold: { household: { id: string, householdNumber: string, address: string, category: HouseholdCategory, alleviationYear: number | null, phone: string | null, population: number, relocated: boolean, version: number, grid: { code: string, name: string }, head: { id: string, name: string, relation: Relation, version: number } | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type UpdateMeasureMutationVariables = Exact<{
  input: UpdateMeasureInput;
}>;


export type UpdateMeasureMutation = { updateMeasure: { measure: { id: string, status: MeasureStatus, completedOn: string | null, version: number } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type UpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type UpdateMemberMutation = { updateMember: { member: { id: string, name: string, idNumber: string | null, relation: Relation, gender: Gender, birthDate: string | null, health: Health | null, disabilityType: DisabilityType | null, disabilityGrade: number | null, labourCapacity: LabourCapacity, schoolingStage: SchoolingStage | null, employmentType: EmploymentType | null, monthsWorked: number | null, medicalInsurance: boolean, version: number, household: { id: string, population: number, version: number } } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type VerifyProblemMutationVariables = Exact<{
  input: VerifyProblemInput;
}>;


export type VerifyProblemMutation = { verifyProblem: { problem: { id: string, version: number, category: ProblemCategory, description: string, gridCode: string, responsiblePerson: string, measure: string, deadline: string, overdue: boolean, status: ProblemStatus, raisedBy: string, raisedOn: string, rectification: string | null, rectifiedBy: string | null, rectifiedOn: string | null, verifiedBy: string | null, verifiedOn: string | null, verificationNote: string | null, household: { id: string, householdNumber: string } | null, case: { id: string, status: CaseStatus } | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type VerifyWarningMutationVariables = Exact<{
  input: VerifyWarningInput;
}>;


export type VerifyWarningMutation = { verifyWarning: { warning: { id: string, version: number, status: WarningStatus, verifiedAt: string | null, verificationNote: string | null, helpNote: string | null, caseType: CaseType | null, lead: { id: string, status: LeadStatus, case: { id: string, status: CaseStatus } | null } | null } | null, userErrors: Array<{ field: Array<string>, code: ErrorCode, message: string }> } };

export type VillageMeetingQueryVariables = Exact<{
  id: string;
}>;


export type VillageMeetingQuery = { node:
    | { id: string, kind: VillageMeetingKind, villageCode: string, heldOn: string, attendance: number, attendees: Array<string>, note: string | null, recordedBy: string, recordedAt: string, households: Array<{ decision: string | null, household: { id: string, householdNumber: string, address: string }, lead: { id: string, status: LeadStatus } | null, case: { id: string, status: CaseStatus } | null }> }
    | Record<PropertyKey, never>
   | null };

export type VillageMeetingsQueryVariables = Exact<{
  gridCode: string;
  kind?: VillageMeetingKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VillageMeetingsQuery = { grid: { code: string, name: string, villageMeetings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: VillageMeetingKind, villageCode: string, heldOn: string, attendance: number, attendees: Array<string>, note: string | null, recordedBy: string, households: Array<{ decision: string | null }> } }> } } | null };

export type VisitPlanQueryVariables = Exact<{
  gridCode?: string | null | undefined;
}>;


export type VisitPlanQuery = { visitPlan: { month: string, gridCode: string, due: Array<{ id: string, householdNumber: string, address: string, mustVisit: Array<MustVisitCategory>, head: { name: string } | null }>, mustVisitUnvisited: Array<{ id: string }> } };

export type WarningsAwaitingVerificationQueryVariables = Exact<{
  overdue?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WarningsAwaitingVerificationQuery = { warningsAwaitingVerification: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, department: Department, riskTypes: Array<RiskType>, observedOn: string, receivedAt: string, verifyBy: string | null, overdue: boolean, status: WarningStatus, facts: { outOfPocketMedicalCost: Yuan | null, disabilityGrade: number | null, subsistenceStoppedOn: string | null, schoolDropout: boolean | null, disasterLoss: Yuan | null, note: string | null }, household: { id: string, householdNumber: string, address: string, head: { name: string } | null, activeCase: { id: string, status: CaseStatus } | null } | null } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AcceptEliminationDocument = {"__meta__":{"hash":"45f5b67ae175d278a81da650b7519bee171a0cba2623cd67f50a1dd33f245914"}} as unknown as TypedDocumentString<AcceptEliminationMutation, AcceptEliminationMutationVariables>;
export const AcceptLeadDocument = {"__meta__":{"hash":"f9c9c528c23cf2b965e3423d30f4f63bbab19f38d15ec2076c649fa5df3e47ec"}} as unknown as TypedDocumentString<AcceptLeadMutation, AcceptLeadMutationVariables>;
export const AcknowledgeDataQualityFindingDocument = {"__meta__":{"hash":"fd83cbb38c66dee50c3132b03673065aba5b3ee77faeefe4060171d761290474"}} as unknown as TypedDocumentString<AcknowledgeDataQualityFindingMutation, AcknowledgeDataQualityFindingMutationVariables>;
export const AddMemberDocument = {"__meta__":{"hash":"569fb7d00cddde1fd4616cba5ea22921b7dff30151199c4f2354fb092c8cf441"}} as unknown as TypedDocumentString<AddMemberMutation, AddMemberMutationVariables>;
export const ApplyForClearanceDocument = {"__meta__":{"hash":"5ab6aaab71c58ec7b337fe50cfc83fcd0c341a2062fba0c6a5b0d3c209deae94"}} as unknown as TypedDocumentString<ApplyForClearanceMutation, ApplyForClearanceMutationVariables>;
export const ApplyForRollbackDocument = {"__meta__":{"hash":"6a20a1cdbd1cc94252d4e92c8c6750b31507365b7cf150f0859940b556506c51"}} as unknown as TypedDocumentString<ApplyForRollbackMutation, ApplyForRollbackMutationVariables>;
export const AssignContactCadreDocument = {"__meta__":{"hash":"4b0c587aaa9f056cb0780533a3dbc22231753bc7bbf2d0e3d91618ac64959e28"}} as unknown as TypedDocumentString<AssignContactCadreMutation, AssignContactCadreMutationVariables>;
export const AttachEvidenceDocument = {"__meta__":{"hash":"b82cc449de2558f96e39bb1568394a2051163976d0b6babf9c35ddad417a4f3c"}} as unknown as TypedDocumentString<AttachEvidenceMutation, AttachEvidenceMutationVariables>;
export const BindResidentAccountDocument = {"__meta__":{"hash":"d33c8a85c6bfe5b8f591bdc6c2df6e51b80ae09a26504c1d6da877e56fc65b14"}} as unknown as TypedDocumentString<BindResidentAccountMutation, BindResidentAccountMutationVariables>;
export const CampaignCoverageDocument = {"__meta__":{"hash":"227192218800280a84e0179cef4a92ec49f5921e6d1cb234b998b074e4cef71b"}} as unknown as TypedDocumentString<CampaignCoverageQuery, CampaignCoverageQueryVariables>;
export const CampaignsDocument = {"__meta__":{"hash":"0564f86628b33f6670359cb11c153efb56dfbd26d813bacbaf6a21728a90082c"}} as unknown as TypedDocumentString<CampaignsQuery, CampaignsQueryVariables>;
export const CancelMeasureDocument = {"__meta__":{"hash":"2c5436410aa3ad87abc217520784d730e8eefc303fbc4faf693b5b4c20d6902f"}} as unknown as TypedDocumentString<CancelMeasureMutation, CancelMeasureMutationVariables>;
export const CaseEvidenceDocument = {"__meta__":{"hash":"c90b9378213c6f1ab29cc2d998b747d32d4bc50069a537ee051102aea741a512"}} as unknown as TypedDocumentString<CaseEvidenceQuery, CaseEvidenceQueryVariables>;
export const CasePageDocument = {"__meta__":{"hash":"303e2b92839caa6a5cb920b7c3efebee0ecd5a154738f0861571943bdb358e79"}} as unknown as TypedDocumentString<CasePageQuery, CasePageQueryVariables>;
export const CaseScreenDocument = {"__meta__":{"hash":"6394cc338824c0669c536cce99e22dfcd575ad6b288a38000611019c54bd0a5a"}} as unknown as TypedDocumentString<CaseScreenQuery, CaseScreenQueryVariables>;
export const CasesAwaitingMyActionDocument = {"__meta__":{"hash":"08fe9cecfece09e9ee60b7298773983bf092a9e18fd0dfae542c63a2814f6d5e"}} as unknown as TypedDocumentString<CasesAwaitingMyActionQuery, CasesAwaitingMyActionQueryVariables>;
export const ConcludeInspectionDocument = {"__meta__":{"hash":"38b9bff95a9490c474cf015336553d09eca15b1ef284d8327f3d13520b76b09a"}} as unknown as TypedDocumentString<ConcludeInspectionMutation, ConcludeInspectionMutationVariables>;
export const CorrectIncomeDocument = {"__meta__":{"hash":"f5e275e946b5fa30274aa1c86affacf2144c48cd15e38648afc8c24ee9b6a291"}} as unknown as TypedDocumentString<CorrectIncomeMutation, CorrectIncomeMutationVariables>;
export const CorrectStepDateDocument = {"__meta__":{"hash":"dc8f4c38a7538a9b68991fcc6c12ba9328c464758c8d7294f6553061b708bc21"}} as unknown as TypedDocumentString<CorrectStepDateMutation, CorrectStepDateMutationVariables>;
export const DataQualityFindingsDocument = {"__meta__":{"hash":"a78a8bf5048b748081d66f5d17f7b79dac3e9e67b9cc4a0eb81471b6ca47b174"}} as unknown as TypedDocumentString<DataQualityFindingsQuery, DataQualityFindingsQueryVariables>;
export const DeclareDifficultyDocument = {"__meta__":{"hash":"dcbaf06b9e4602db78e95fb5c3847f73121df7d7b9d34f82bb597bda43947f3f"}} as unknown as TypedDocumentString<DeclareDifficultyMutation, DeclareDifficultyMutationVariables>;
export const DismissLeadDocument = {"__meta__":{"hash":"474e43162f88703fc91879adc90446b8ee6eda0d72665b500a30a904c49cbc3d"}} as unknown as TypedDocumentString<DismissLeadMutation, DismissLeadMutationVariables>;
export const FileMeasuresDocument = {"__meta__":{"hash":"c405f1acecc46ca4b45c03f502b6dd5ce39211170841933d6bb01ea397067510"}} as unknown as TypedDocumentString<FileMeasuresMutation, FileMeasuresMutationVariables>;
export const FlagKeyCategoryDocument = {"__meta__":{"hash":"e38994e3a7bece235b83a6a1287a073ce06f46a451913dae58ac4d932e4255de"}} as unknown as TypedDocumentString<FlagKeyCategoryMutation, FlagKeyCategoryMutationVariables>;
export const GridChangesDocument = {"__meta__":{"hash":"1c012e86ec9ff4b4d2b1416cf58de178dcc40f6314c29d99960ee765306dd0cb"}} as unknown as TypedDocumentString<GridChangesQuery, GridChangesQueryVariables>;
export const GridWorkersDocument = {"__meta__":{"hash":"dd03af8b68a6c977f8c037322ac2ce9dc0f9dcd127e6317779d3acf732e9a58a"}} as unknown as TypedDocumentString<GridWorkersQuery, GridWorkersQueryVariables>;
export const HouseholdDetailDocument = {"__meta__":{"hash":"a976ad4128c6666287f0542f36da7d81e9df5699bf4df26d2eaab65fc3364413"}} as unknown as TypedDocumentString<HouseholdDetailQuery, HouseholdDetailQueryVariables>;
export const HouseholdIncomeDocument = {"__meta__":{"hash":"338ab402aea31a5d98d95077503a4fe245405634cf8bb0e8e0b98c06387c5f08"}} as unknown as TypedDocumentString<HouseholdIncomeQuery, HouseholdIncomeQueryVariables>;
export const HouseholdInspectionsDocument = {"__meta__":{"hash":"89bc26f8999989616f7fc5cff59fa21c65c349a34e70bc7c84134caf55e37fb7"}} as unknown as TypedDocumentString<HouseholdInspectionsQuery, HouseholdInspectionsQueryVariables>;
export const HouseholdMeetingsDocument = {"__meta__":{"hash":"88befdeac302d50ca80fc4303bc3a3714b71358ec7fa0792cffb91e96a2b8903"}} as unknown as TypedDocumentString<HouseholdMeetingsQuery, HouseholdMeetingsQueryVariables>;
export const HouseholdPageDocument = {"__meta__":{"hash":"5a9abe009f3b810a5afd3c76fff5e7595aea91155f565abcc0267343510b5acf"}} as unknown as TypedDocumentString<HouseholdPageQuery, HouseholdPageQueryVariables>;
export const InspectionsAwaitingConclusionDocument = {"__meta__":{"hash":"f032e1cea3b116052cc9ad1eea585d68778b75eb27001f0d327ec03848fd9654"}} as unknown as TypedDocumentString<InspectionsAwaitingConclusionQuery, InspectionsAwaitingConclusionQueryVariables>;
export const LeadPageDocument = {"__meta__":{"hash":"3d6ebd0f5ba4d7952b0b06ffa809faf0435db3892eadff0b823e1f763ffe04fd"}} as unknown as TypedDocumentString<LeadPageQuery, LeadPageQueryVariables>;
export const LeadsAwaitingDecisionDocument = {"__meta__":{"hash":"3be26e3fc7a15b8eb87c2c27df85da85c62af39439f2bc442e421a7908dd498b"}} as unknown as TypedDocumentString<LeadsAwaitingDecisionQuery, LeadsAwaitingDecisionQueryVariables>;
export const LinkPendingLeadDocument = {"__meta__":{"hash":"2d0dbe842b63b576827fcdd71aee3528bea31d2380385512cee8f813f2d6cc4c"}} as unknown as TypedDocumentString<LinkPendingLeadMutation, LinkPendingLeadMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"6ff60d56fc864c87e3b9a078fdd19232b2bc1e473c1cfc1c7e84bbce37e52d50"}} as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const MoveHouseholdDocument = {"__meta__":{"hash":"a76ffde09964146431c6e7b012fae354dc3211e771572c13a5ab0b321de36310"}} as unknown as TypedDocumentString<MoveHouseholdMutation, MoveHouseholdMutationVariables>;
export const MyContactCasesDocument = {"__meta__":{"hash":"579b81d47c0055404d3e46c1101ada03f29337a3a6e1e2aa521d68f08a4111b9"}} as unknown as TypedDocumentString<MyContactCasesQuery, MyContactCasesQueryVariables>;
export const MyHouseholdDocument = {"__meta__":{"hash":"8dcb0fee5d7f8f20b44c092424b9042b8f907157f03d00b603e8bc676abc2d73"}} as unknown as TypedDocumentString<MyHouseholdQuery, MyHouseholdQueryVariables>;
export const MyOverdueCasesDocument = {"__meta__":{"hash":"83998ac315c80daccf4c99ba3a031425b6a6b236837bfc8b75cf6c892a247638"}} as unknown as TypedDocumentString<MyOverdueCasesQuery, MyOverdueCasesQueryVariables>;
export const MyWorkListDocument = {"__meta__":{"hash":"828d54dc6cde9076c467512d2b2a33d5c312cf00a7d65e2731d2b2b311ad7cd5"}} as unknown as TypedDocumentString<MyWorkListQuery, MyWorkListQueryVariables>;
export const NoteWarningDocument = {"__meta__":{"hash":"3aee30b911ac884493aab0cb8bd3bada936dbe5155dfac6750cd40c7e89318cb"}} as unknown as TypedDocumentString<NoteWarningMutation, NoteWarningMutationVariables>;
export const PendingLeadsDocument = {"__meta__":{"hash":"808a5e2289fd81f2279d15787b941e9114a0a83623fc7ce0b9dafba6fb708a39"}} as unknown as TypedDocumentString<PendingLeadsQuery, PendingLeadsQueryVariables>;
export const PlanMeasureDocument = {"__meta__":{"hash":"607e522daa6bb1a4d232282f2bc2a90b8452c26bba5b89e19a88ccea9daadfe4"}} as unknown as TypedDocumentString<PlanMeasureMutation, PlanMeasureMutationVariables>;
export const ProblemPageDocument = {"__meta__":{"hash":"763ee8393e1618126bf5542e55eec4b19af769ff6f7933ec36a6dd9d328043d0"}} as unknown as TypedDocumentString<ProblemPageQuery, ProblemPageQueryVariables>;
export const ProposeEliminationDocument = {"__meta__":{"hash":"6c9596e4a7fa6dd4507808970858bd62342b7da5217fbf0ea6c788c2f3655fe0"}} as unknown as TypedDocumentString<ProposeEliminationMutation, ProposeEliminationMutationVariables>;
export const RaiseDataQualityProblemDocument = {"__meta__":{"hash":"2dc2a0659baafb02e4641d024c53b123e952397736871d9fd456b2d22a907271"}} as unknown as TypedDocumentString<RaiseDataQualityProblemMutation, RaiseDataQualityProblemMutationVariables>;
export const RaiseProblemDocument = {"__meta__":{"hash":"8e3e578195256421a1589eea9acf75eb21dc4a5581dde14a79df9e960933ac70"}} as unknown as TypedDocumentString<RaiseProblemMutation, RaiseProblemMutationVariables>;
export const RecordAnnouncementDocument = {"__meta__":{"hash":"28eef094ca1f3b58f7d4f97806d34cb9f0fa390e17509be0519201283bd7c1f9"}} as unknown as TypedDocumentString<RecordAnnouncementMutation, RecordAnnouncementMutationVariables>;
export const RecordAppraisalDocument = {"__meta__":{"hash":"1561fda797771f9da4ffd3ee9aff7cf92bf168438f2eaa0106409408c3f2e436"}} as unknown as TypedDocumentString<RecordAppraisalMutation, RecordAppraisalMutationVariables>;
export const RecordCampaignMeetingDocument = {"__meta__":{"hash":"8defe1b0d0af5be37ab8462384d47562ab40a9430dac199fef1877206f7e7ff7"}} as unknown as TypedDocumentString<RecordCampaignMeetingMutation, RecordCampaignMeetingMutationVariables>;
export const RecordCaseReviewDocument = {"__meta__":{"hash":"f62b12bdd2745760560640dbf6c823afb41b755e2339bb3f58d8b7f8e575a5cb"}} as unknown as TypedDocumentString<RecordCaseReviewMutation, RecordCaseReviewMutationVariables>;
export const RecordChannelLeadDocument = {"__meta__":{"hash":"dbfcb3a4bc6578655d53012fbf20fdc3164de4b7c9757e8646ba7f1271bb6cc7"}} as unknown as TypedDocumentString<RecordChannelLeadMutation, RecordChannelLeadMutationVariables>;
export const RecordCommitmentDocument = {"__meta__":{"hash":"107a0be010b07b6931361049c90f86bcdc3b508781a81b1b9973ecf490c38305"}} as unknown as TypedDocumentString<RecordCommitmentMutation, RecordCommitmentMutationVariables>;
export const RecordEliminationAnnouncementDocument = {"__meta__":{"hash":"34c378ee431f5973efd20065ec6d76b6a91d3b40467d04d4180d895780b932d5"}} as unknown as TypedDocumentString<RecordEliminationAnnouncementMutation, RecordEliminationAnnouncementMutationVariables>;
export const RecordEliminationAppraisalDocument = {"__meta__":{"hash":"509ee9eac10a55ec2f5584ad7a141059f5210a4cdfbd599d4e26af1223f6fbef"}} as unknown as TypedDocumentString<RecordEliminationAppraisalMutation, RecordEliminationAppraisalMutationVariables>;
export const RecordEliminationNoticeDocument = {"__meta__":{"hash":"a74dd8a4687b98328bf2caa3b61183ac99d8536e0eb5da4df6a24bb9f5070a03"}} as unknown as TypedDocumentString<RecordEliminationNoticeMutation, RecordEliminationNoticeMutationVariables>;
export const RecordIncomeDocument = {"__meta__":{"hash":"779813da90b1ab27818c4f6a716aba6db6b254f9e38ae76a486aa19126d351af"}} as unknown as TypedDocumentString<RecordIncomeMutation, RecordIncomeMutationVariables>;
export const RecordInspectionDocument = {"__meta__":{"hash":"6bca0af53872994fa457e3d75ffcc026152ec436b73ba03176beeab63a242154"}} as unknown as TypedDocumentString<RecordInspectionMutation, RecordInspectionMutationVariables>;
export const RecordKeyHouseholdInspectionDocument = {"__meta__":{"hash":"5685d36cde65720202e78a7496f98c942958dbafaf8b0e294d6e520a6e929282"}} as unknown as TypedDocumentString<RecordKeyHouseholdInspectionMutation, RecordKeyHouseholdInspectionMutationVariables>;
export const RecordLookBackDocument = {"__meta__":{"hash":"8189922db1f4f248f0807a54290161cee4a9a30944de835f28a8e9e1ab2bc131"}} as unknown as TypedDocumentString<RecordLookBackMutation, RecordLookBackMutationVariables>;
export const RecordMeasureNoticeDocument = {"__meta__":{"hash":"6d9f1a76cc215060c77fde58f3cccc288d816586a99a2ff5006844f9d83b6d02"}} as unknown as TypedDocumentString<RecordMeasureNoticeMutation, RecordMeasureNoticeMutationVariables>;
export const RecordNoticeDocument = {"__meta__":{"hash":"c9532860c15af9e649f5e2a0be6fb8051dd4890b70a6adf2a67731662fd6df49"}} as unknown as TypedDocumentString<RecordNoticeMutation, RecordNoticeMutationVariables>;
export const RecordVerificationDocument = {"__meta__":{"hash":"dea1f660be0376ad0156ac84a73485c919d025da3e438800647698dba38fb412"}} as unknown as TypedDocumentString<RecordVerificationMutation, RecordVerificationMutationVariables>;
export const RecordVillageMeetingDocument = {"__meta__":{"hash":"51d80e3d2364009c0e7b707c1354917c193cbf83292d6fc83733d409154cbea0"}} as unknown as TypedDocumentString<RecordVillageMeetingMutation, RecordVillageMeetingMutationVariables>;
export const RecordVisitDocument = {"__meta__":{"hash":"77ee5b50ea944e85c8c470abfc19f1317d6be231162a2d38a49fa647f3185a47"}} as unknown as TypedDocumentString<RecordVisitMutation, RecordVisitMutationVariables>;
export const RectifyProblemDocument = {"__meta__":{"hash":"f1030da600716da0d8caf1c7d67507607925a5a6bd9a7e7f93ab43fd3866d48a"}} as unknown as TypedDocumentString<RectifyProblemMutation, RectifyProblemMutationVariables>;
export const RegisterHouseholdDocument = {"__meta__":{"hash":"b92c40cfa272e954f083709c23842f52017c5b6e0fa5da1eb52dd679a9bbdac4"}} as unknown as TypedDocumentString<RegisterHouseholdMutation, RegisterHouseholdMutationVariables>;
export const RemoveKeyCategoryFlagDocument = {"__meta__":{"hash":"beda86fb79e1c3a93c992823664c1da0d6ae6d300f27dc3fd4c279b87a7645c4"}} as unknown as TypedDocumentString<RemoveKeyCategoryFlagMutation, RemoveKeyCategoryFlagMutationVariables>;
export const RemoveMemberDocument = {"__meta__":{"hash":"a971761d1260f81f94949da1ba02c82b50d56921793ba71bba064cf3058a6bbc"}} as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const ReportEliminationStandardDocument = {"__meta__":{"hash":"ca2debffe524480e0310c259e8480e7a55a372edeb6d2e6df018c758e5bd4e97"}} as unknown as TypedDocumentString<ReportEliminationStandardMutation, ReportEliminationStandardMutationVariables>;
export const ReportLeadDocument = {"__meta__":{"hash":"07a4f1d8aad64ee870bd4297b38076682f7d041143d20797d40a50b560386cf0"}} as unknown as TypedDocumentString<ReportLeadMutation, ReportLeadMutationVariables>;
export const UpdateHouseholdDocument = {"__meta__":{"hash":"e8007087e7e05a1fc98f31de8685bf7a8c211282d18937b923221262d38e751c"}} as unknown as TypedDocumentString<UpdateHouseholdMutation, UpdateHouseholdMutationVariables>;
export const UpdateMeasureDocument = {"__meta__":{"hash":"b3c80ab7f94d111e5a4255b6ed64d40ddef4e003135586a1e02ba52b22dc54b6"}} as unknown as TypedDocumentString<UpdateMeasureMutation, UpdateMeasureMutationVariables>;
export const UpdateMemberDocument = {"__meta__":{"hash":"6de03bee853854f449f692ea73a6af8ed97314c9a8b3a70890a59c25a1cf02fd"}} as unknown as TypedDocumentString<UpdateMemberMutation, UpdateMemberMutationVariables>;
export const VerifyProblemDocument = {"__meta__":{"hash":"7d22242e301bf339c7c014742308da918af808d646c0d7f03c6061ecce37ea1e"}} as unknown as TypedDocumentString<VerifyProblemMutation, VerifyProblemMutationVariables>;
export const VerifyWarningDocument = {"__meta__":{"hash":"3445ca725b9e43db614abe9e1f6cb38371e11ad263674727b79aa51b94da083e"}} as unknown as TypedDocumentString<VerifyWarningMutation, VerifyWarningMutationVariables>;
export const VillageMeetingDocument = {"__meta__":{"hash":"9eafbb300acded17f9a5b5d698ce7cc27fa12ebd4e655e9ddcec2c7643b2d05f"}} as unknown as TypedDocumentString<VillageMeetingQuery, VillageMeetingQueryVariables>;
export const VillageMeetingsDocument = {"__meta__":{"hash":"0c8325a042d36f1770f2c3177501e2f247ac6037cca976b994df8ad283916162"}} as unknown as TypedDocumentString<VillageMeetingsQuery, VillageMeetingsQueryVariables>;
export const VisitPlanDocument = {"__meta__":{"hash":"a0a5c903b969e5fb6a8216180158d93b09edcb3093c9ddffe4b8164e8858d575"}} as unknown as TypedDocumentString<VisitPlanQuery, VisitPlanQueryVariables>;
export const WarningsAwaitingVerificationDocument = {"__meta__":{"hash":"2372431ce271ae1329b86fc1cb577b01eb26c3110d240ce0d7731b5ac8f268c1"}} as unknown as TypedDocumentString<WarningsAwaitingVerificationQuery, WarningsAwaitingVerificationQueryVariables>;