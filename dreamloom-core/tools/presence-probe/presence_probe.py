"""Would a learned presence model beat the rules on unseen reports? A probe, not product code.

Usage: python3 presence_probe.py GOLD.jsonl PREDICTED.jsonl SENTENCES.tsv
  GOLD: the gold cards; PREDICTED: `dreamloom code GOLD --format cards`; SENTENCES: EmbedGold's output.
Logistic regression (numpy, L2) per presence label over the mean and max of the report's MiniLM sentence
vectors: 5-fold cross-validation on the dev cards (number % 5 != 0) alone and combined with the rules, then
one report-only score on the held-out cards (number % 5 == 0) with the regularisation fixed beforehand.
"""
import json, numpy as np, collections, sys
gold={}; order=[]
for l in open(sys.argv[1]):
    c=json.loads(l)
    if c.get('report'): gold[c['number']]=c; order.append(c['number'])
pred={json.loads(l)['number']:json.loads(l) for l in open(sys.argv[2])}
sents=collections.defaultdict(list)
for l in open(sys.argv[3]):
    p=l.rstrip('\n').split('\t'); sents[p[0]].append(np.array(p[2:],dtype=np.float32))
def emo_labels(c):
    return {e.split(',')[0] for e in c['emotions']}
def int_labels(c):
    return {k for k in ('aggression','friendliness','sexuality') if c[k]}
LAB={'emotions':(['AN','AP','SD','CO','HA'],emo_labels),'interactions':(['aggression','friendliness','sexuality'],int_labels)}
def feats(n):
    S=np.stack(sents[n]); S=S/np.linalg.norm(S,axis=1,keepdims=True)
    return np.concatenate([S.mean(0), S.max(0)])
X=np.stack([feats(n) for n in order]); X=(X-X.mean(0))/(X.std(0)+1e-6)
nums=np.array([int(n) for n in order]); hold=nums%5==0; dev=~hold
def fit(X,y,lam,iters=300,lr=0.1):
    w=np.zeros(X.shape[1]); b=0.0
    for _ in range(iters):
        p=1/(1+np.exp(-(X@w+b))); g=p-y
        w-=lr*(X.T@g/len(y)+lam*w); b-=lr*g.mean()
    return w,b
def prob(X,wb): return 1/(1+np.exp(-(X@wb[0]+wb[1])))
def micro(ytrue,ypred):
    tp=(ytrue&ypred).sum(); fp=(~ytrue&ypred).sum(); fn=(ytrue&~ypred).sum()
    return 2*tp/(2*tp+fp+fn)
for cat,(labels,lf) in LAB.items():
    Y=np.array([[l in lf(gold[n]) for l in labels] for n in order])
    R=np.array([[l in lf(pred[n]) for l in labels] for n in order])
    print('==',cat,'rules dev %.3f hold %.3f'%(micro(Y[dev],R[dev]),micro(Y[hold],R[hold])))
    devidx=np.where(dev)[0]; folds=devidx%5
    for lam in (0.01,0.03,0.1,0.3):
        # CV on dev: embedding-only prob, then combos
        P=np.zeros(Y.shape)
        for f in range(5):
            tr=devidx[folds!=f]; te=devidx[folds==f]
            for j in range(len(labels)):
                wb=fit(X[tr],Y[tr,j].astype(float),lam); P[te,j]=prob(X[te],wb)
        best=None
        for lo in (0.0,0.05,0.1,0.15,0.2):
            for hi in (0.6,0.7,0.8,0.9,1.01):
                comb=(R|(P>hi))&~(P<lo)
                s=micro(Y[dev],comb[dev])
                if best is None or s>best[0]: best=(s,lo,hi)
        emb=max(micro(Y[dev],(P>t)[dev]) for t in (0.3,0.4,0.5))
        print(' lam',lam,'CV dev: emb-only %.3f  rules+emb best %.3f (lo %.2f hi %.2f)'%(emb,*best))
print('== held-out, trained on all dev (report only)')
for cat,(labels,lf) in LAB.items():
    Y=np.array([[l in lf(gold[n]) for l in labels] for n in order])
    R=np.array([[l in lf(pred[n]) for l in labels] for n in order])
    P=np.zeros(Y.shape)
    for j in range(len(labels)):
        wb=fit(X[dev],Y[dev,j].astype(float),0.3); P[:,j]=prob(X,wb)
    print(cat,'rules %.3f'%micro(Y[hold],R[hold]), 'emb-only@0.4 %.3f'%micro(Y[hold],(P>0.4)[hold]), 'rules OR p>0.8 %.3f'%micro(Y[hold],(R|(P>0.8))[hold]), 'rules AND NOT p<0.1 %.3f'%micro(Y[hold],(R&~(P<0.1))[hold]))
