import type { FollowUpPhrases } from './phraseTypes';

/**
 * How the report words the follow-up of the previous inspection's
 * recommendations (A.IV), in the voice of seed 000: the count and where they
 * were made, how many are done, in progress and not done, unit by unit, and
 * what remains. Data only; see FollowUpPhrases for the placeholders.
 */
export const FOLLOW_UP_PHRASES: FollowUpPhrases = {
  label: 'Kết quả thực hiện kiến nghị của Đoàn kiểm tra kỳ trước',
  opening: {
    withSource: 'Tại {source}, Đoàn kiểm tra kỳ trước đã có {n} kiến nghị đối với {units}.',
    plain: 'Đoàn kiểm tra kỳ trước đã có {n} kiến nghị đối với {units}.',
  },
  tally: {
    lead: 'Qua kiểm tra, đến nay',
    done: 'đã thực hiện xong {done} kiến nghị',
    doing: 'đang thực hiện {doing} kiến nghị',
    notDone: 'chưa thực hiện {notDone} kiến nghị',
    unknown: '{unknown} kiến nghị chưa có báo cáo kết quả thực hiện',
    allDone: 'Qua kiểm tra, đến nay các kiến nghị đều đã được thực hiện xong',
  },
  item: {
    done: 'đã thực hiện kiến nghị {text}{evidence}{note}',
    doing: 'đang thực hiện kiến nghị {text}{evidence}{note}',
    notDone: 'chưa thực hiện kiến nghị {text}{evidence}{note}',
    unknown: 'chưa báo cáo kết quả thực hiện kiến nghị {text}{evidence}{note}',
  },
  closing: {
    remaining: 'Như vậy, còn {remaining} kiến nghị chưa hoàn thành tại {units}; đề nghị tiếp tục thực hiện dứt điểm trong thời gian tới.',
    allDone: 'Như vậy, các kiến nghị của Đoàn kiểm tra kỳ trước đã được thực hiện đầy đủ.',
  },
};
