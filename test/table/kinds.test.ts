import { readKind } from '../../src/table/kinds';

describe('readKind', () => {
  it.each([
    ['来访', 'visit', null],
    ['到访', 'visit', null],
    ['首访', 'visit', null],
    ['复访', 'visit', null],
    ['接待', 'visit', null],
    ['Visit', 'visit', null],
    ['来电', 'call', null],
    ['电话', 'call', null],
    ['电咨', 'call', null],
    ['CALL', 'call', null],
    ['跟进', 'followup', null],
    ['回访', 'followup', null],
    ['电话回访', 'followup', null],
    ['微信回访', 'followup', null],
    ['follow-up', 'followup', null],
    ['followup', 'followup', null],
    ['Follow up', 'followup', null],
    ['约访', 'appointment', null],
    ['预约', 'appointment', null],
    ['appointment', 'appointment', null],
    ['带看', 'viewing', null],
    ['看房', 'viewing', null],
    ['viewing', 'viewing', null],
    ['定金', 'deposit', 'deposit'],
    ['小定', 'deposit', 'deposit'],
    ['大定', 'deposit', 'deposit'],
    ['deposit', 'deposit', 'deposit'],
    ['认购', 'deposit', 'subscription'],
    ['subscription', 'deposit', 'subscription'],
    ['成交', 'deal', 'contract'],
    ['签约', 'deal', 'contract'],
    ['deal', 'deal', 'contract'],
    ['contract', 'deal', 'contract'],
    ['全款', 'deal', 'full'],
    ['full payment', 'deal', 'full'],
    ['回款', 'payment', 'payment'],
    ['订单', 'payment', 'payment'],
    ['下单', 'payment', 'payment'],
    ['payment', 'payment', 'payment'],
    ['order', 'payment', 'payment'],
    ['报备', 'report', null],
    ['备案', 'filing', null],
    ['甲方确认', 'confirm', null],
    [' 来 访 ', 'visit', null],
    ['首次来访', 'visit', null],
    ['微信跟进客户', 'followup', null],
  ])('%p -> %s', (text, kind, stage) => {
    expect(readKind(text)).toEqual({ kind, stage });
  });

  it('does not read an undone kind as that kind', () => {
    expect(readKind('未成交')).toBeNull();
    expect(readKind('取消认购')).toBeNull();
    expect(readKind('随便看看')).toBeNull();
  });
});
